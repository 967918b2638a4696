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
    DateTimeOffset UpdatedAt)
{
    /// <summary>Other names, one per line as staff typed them: shown as "Also known as" and given as alternateName.</summary>
    public string AlternativeNamesText { get; init; } = "";

    public IReadOnlyList<string> AlternativeNames => Condition.SplitAlternativeNames(AlternativeNamesText);

    /// <summary>Conditions a patient who landed on the wrong article may be looking for, from the search index.</summary>
    public IReadOnlyList<Search.RelatedArticle> Related { get; init; } = [];
}

/// <summary>What the public condition pages read: published articles only.</summary>
public sealed class ConditionQueries(ClinicDbContext db, TimeProvider time, Search.SiteSearch search)
{
    public const int RelatedCount = 3;

    public async Task<IReadOnlyList<ConditionListItem>> ListPublishedAsync(CancellationToken cancellationToken) =>
        await db.Conditions.AsNoTracking()
            .WherePublished(time.GetUtcNow())
            .OrderBy(c => c.Title)
            .Select(c => new ConditionListItem(c.Title, c.Slug, c.Summary))
            .ToListAsync(cancellationToken);

    public async Task<ConditionDetailsViewModel?> FindPublishedAsync(string slug, CancellationToken cancellationToken)
    {
        var normalized = slug.ToLowerInvariant();
        var model = await db.Conditions.AsNoTracking()
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
                c.UpdatedAt) { AlternativeNamesText = c.AlternativeNames })
            .FirstOrDefaultAsync(cancellationToken);
        return model is null ? null : model with { Related = await search.RelatedConditionsAsync(model.Slug, RelatedCount, cancellationToken) };
    }
}
