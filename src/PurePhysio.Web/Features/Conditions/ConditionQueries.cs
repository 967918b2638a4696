using Microsoft.EntityFrameworkCore;
using PurePhysio.Web.Data;
using PurePhysio.Web.Features.Clinic;
using PurePhysio.Web.Features.Shared;

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
    DateTimeOffset UpdatedAt,
    int Id = 0);

/// <summary>
/// What the public condition pages read: published articles only. Which articles exist comes from
/// the clinic profile in memory; an article's own text is one query.
/// </summary>
public sealed class ConditionQueries(ClinicDbContext db, ClinicProfileCache profiles, TimeProvider time)
{
    public async Task<IReadOnlyList<ConditionListItem>> ListPublishedAsync(CancellationToken cancellationToken)
    {
        var clinic = await profiles.GetAsync(cancellationToken);
        return clinic.ConditionsAt(time.GetUtcNow()).Select(c => new ConditionListItem(c.Title, c.Slug, c.Summary)).ToList();
    }

    /// <summary>The article at <paramref name="slug"/>; null when there is none (no query is made for an unknown slug).</summary>
    public async Task<ConditionDetailsViewModel?> FindPublishedAsync(string slug, CancellationToken cancellationToken)
    {
        var clinic = await profiles.GetAsync(cancellationToken);
        if (clinic.FindCondition(slug, time.GetUtcNow()) is not { } found)
        {
            return null;
        }

        return await db.Conditions.AsNoTracking()
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
                c.Id))
            .FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>Where an old slug of a published article leads now; null when nowhere.</summary>
    public async Task<string?> FindMovedAsync(string oldSlug, CancellationToken cancellationToken)
    {
        var clinic = await profiles.GetAsync(cancellationToken);
        return clinic.FindMovedCondition(oldSlug, time.GetUtcNow()) is { } moved ? PublicPaths.Condition(moved.Slug) : null;
    }
}
