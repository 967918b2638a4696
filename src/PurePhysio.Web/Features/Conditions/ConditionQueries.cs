using Microsoft.EntityFrameworkCore;
using PurePhysio.Web.Data;
using PurePhysio.Web.Features.Clinic;
using PurePhysio.Web.Features.Media;

namespace PurePhysio.Web.Features.Conditions;

public sealed record ConditionListItem(string Title, string Slug, string Summary)
{
    /// <summary>The article's picture for its card, when it has one that is described (or decorative).</summary>
    public MediaImageView? Image { get; init; }
}

/// <summary>The practitioner who reviewed an article, linked to their profile.</summary>
public sealed record ConditionReviewer(string Name, string Role, string Slug);

/// <summary>A treatment that helps with the condition, linked to its page.</summary>
public sealed record ConditionTreatmentLink(string Name, string Slug);

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
    DateTimeOffset UpdatedAt,
    int Id = 0)
{
    /// <summary>Null when nobody is named or their profile is not published.</summary>
    public ConditionReviewer? ReviewedBy { get; init; }

    public IReadOnlyList<ConditionTreatmentLink> Treatments { get; init; } = [];

    public int? ImageId { get; init; }

    /// <summary>The article's picture and the library images its Markdown shows.</summary>
    public PageImages Images { get; init; } = PageImages.None;
}

/// <summary>
/// What the public condition pages read: published articles only. Which articles exist comes from
/// the clinic profile in memory; an article's own text is one query.
/// </summary>
public sealed class ConditionQueries(ClinicDbContext db, ClinicProfileCache profiles, TimeProvider time, MediaLookup media)
{
    public async Task<IReadOnlyList<ConditionListItem>> ListPublishedAsync(CancellationToken cancellationToken)
    {
        var clinic = await profiles.GetAsync(cancellationToken);
        var conditions = clinic.ConditionsAt(time.GetUtcNow()).ToList();
        // The cards' pictures: one query (the pages that show them are output-cached).
        var ids = conditions.Select(c => c.Id).ToList();
        var pictures = await db.Conditions.AsNoTracking()
            .Where(c => ids.Contains(c.Id) && c.Image != null && (c.Image.IsDecorative || c.Image.AltText != ""))
            .Select(c => new
            {
                c.Id,
                Image = new MediaImageView(c.Image!.Id, c.Image.ContentHash, c.Image.Width, c.Image.Height, c.Image.HasAlpha, c.Image.AltText,
                    c.Image.IsDecorative, c.Image.Caption, c.Image.Credit),
            })
            .ToDictionaryAsync(c => c.Id, c => c.Image, cancellationToken);
        return conditions.Select(c => new ConditionListItem(c.Title, c.Slug, c.Summary) { Image = pictures.GetValueOrDefault(c.Id) }).ToList();
    }

    /// <summary>The article at <paramref name="slug"/>; null when there is none (no query is made for an unknown slug).</summary>
    public async Task<ConditionDetailsViewModel?> FindPublishedAsync(string slug, CancellationToken cancellationToken)
    {
        var clinic = await profiles.GetAsync(cancellationToken);
        if (clinic.FindCondition(slug, time.GetUtcNow()) is not { } found)
        {
            return null;
        }

        var article = await db.Conditions.AsNoTracking()
            .Where(c => c.Id == found.Id)
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
                c.UpdatedAt,
                c.Id)
            {
                ImageId = c.ImageId,
                ReviewedBy = c.ReviewedBy != null && c.ReviewedBy.IsPublished
                    ? new ConditionReviewer(c.ReviewedBy.Name, c.ReviewedBy.Role, c.ReviewedBy.Slug)
                    : null,
                Treatments = c.Treatments.Where(t => t.IsPublished).OrderBy(t => t.SortOrder).ThenBy(t => t.Name)
                    .Select(t => new ConditionTreatmentLink(t.Name, t.Slug)).ToList(),
            })
            .FirstOrDefaultAsync(cancellationToken);
        return article is null
            ? null
            : article with { Images = await media.ForPageAsync(article.ImageId, cancellationToken, article.Introduction, article.Body) };
    }

    /// <summary>Where an old slug of a published article leads now; null when nowhere.</summary>
    public async Task<string?> FindMovedAsync(string oldSlug, CancellationToken cancellationToken)
    {
        var clinic = await profiles.GetAsync(cancellationToken);
        return clinic.FindMovedCondition(oldSlug, time.GetUtcNow()) is { } moved ? "/conditions/" + moved.Slug : null;
    }
}
