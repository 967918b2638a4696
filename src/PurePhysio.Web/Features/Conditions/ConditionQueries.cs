using Microsoft.EntityFrameworkCore;
using PurePhysio.Web.Data;
using PurePhysio.Web.Domain;
using PurePhysio.Web.Features.Media;

namespace PurePhysio.Web.Features.Conditions;

public sealed record ConditionListItem(string Title, string Slug, string Summary)
{
    /// <summary>The article's picture for its card, when it has one that is described (or decorative).</summary>
    public MediaImageView? Image { get; init; }
}

public sealed record ConditionResourceViewModel(string Title, string Url, string Publisher);

public sealed record ConditionDetailsViewModel(
    string Title,
    string Slug,
    string Summary,
    string Introduction,
    IReadOnlyList<string> Symptoms,
    string Body,
    string UrgencyNotice,
    IReadOnlyList<ConditionResourceViewModel> Resources,
    DateOnly? LastReviewedOn,
    DateTimeOffset UpdatedAt)
{
    public int? ImageId { get; init; }

    /// <summary>The article's picture and the library images its Markdown shows.</summary>
    public PageImages Images { get; init; } = PageImages.None;
}

/// <summary>What the public condition pages read: published articles only.</summary>
public sealed class ConditionQueries(ClinicDbContext db, TimeProvider time, MediaLookup media)
{
    public async Task<IReadOnlyList<ConditionListItem>> ListPublishedAsync(CancellationToken cancellationToken) =>
        await db.Conditions.AsNoTracking()
            .WherePublished(time.GetUtcNow())
            .OrderBy(c => c.Title)
            .Select(c => new ConditionListItem(c.Title, c.Slug, c.Summary)
            {
                Image = c.Image != null && (c.Image.IsDecorative || c.Image.AltText != "")
                    ? new MediaImageView(c.Image.Id, c.Image.ContentHash, c.Image.Width, c.Image.Height, c.Image.HasAlpha, c.Image.AltText,
                        c.Image.IsDecorative, c.Image.Caption, c.Image.Credit)
                    : null,
            })
            .ToListAsync(cancellationToken);

    public async Task<ConditionDetailsViewModel?> FindPublishedAsync(string slug, CancellationToken cancellationToken)
    {
        var normalized = slug.ToLowerInvariant();
        var found = await db.Conditions.AsNoTracking()
            .WherePublished(time.GetUtcNow())
            .Where(c => c.Slug == normalized)
            // One article has a handful of symptoms and resources: one round trip beats split queries.
            .AsSingleQuery()
            .Select(c => new ConditionDetailsViewModel(
                c.Title,
                c.Slug,
                c.Summary,
                c.Introduction,
                c.Symptoms.OrderBy(s => s.SortOrder).Select(s => s.Text).ToList(),
                c.Body,
                c.UrgencyNotice,
                c.Resources.OrderBy(r => r.SortOrder).Select(r => new ConditionResourceViewModel(r.Title, r.Url, r.Publisher)).ToList(),
                c.LastReviewedOn,
                c.UpdatedAt) { ImageId = c.ImageId })
            .FirstOrDefaultAsync(cancellationToken);
        return found is null
            ? null
            : found with { Images = await media.ForPageAsync(found.ImageId, cancellationToken, found.Introduction, found.Body) };
    }
}
