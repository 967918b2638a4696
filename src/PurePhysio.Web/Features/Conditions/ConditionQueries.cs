using Microsoft.EntityFrameworkCore;
using PurePhysio.Web.Data;
using PurePhysio.Web.Domain;

namespace PurePhysio.Web.Features.Conditions;

public sealed record ConditionListItem(string Title, string Slug, string Summary);

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
    DateTimeOffset UpdatedAt);

/// <summary>What the public condition pages read: published articles only.</summary>
public sealed class ConditionQueries(ClinicDbContext db, TimeProvider time)
{
    public async Task<IReadOnlyList<ConditionListItem>> ListPublishedAsync(CancellationToken cancellationToken) =>
        await db.Conditions.AsNoTracking()
            .WherePublished(time.GetUtcNow())
            .OrderBy(c => c.Title)
            .Select(c => new ConditionListItem(c.Title, c.Slug, c.Summary))
            .ToListAsync(cancellationToken);

    public async Task<ConditionDetailsViewModel?> FindPublishedAsync(string slug, CancellationToken cancellationToken)
    {
        var normalized = slug.ToLowerInvariant();
        return await db.Conditions.AsNoTracking()
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
                c.UpdatedAt))
            .FirstOrDefaultAsync(cancellationToken);
    }
}
