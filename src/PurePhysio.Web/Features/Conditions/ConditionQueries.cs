using Microsoft.EntityFrameworkCore;
using PurePhysio.Web.Data;
using PurePhysio.Web.Domain;

namespace PurePhysio.Web.Features.Conditions;

public sealed record ConditionListItem(string Title, string Slug, string Summary);

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
    DateTimeOffset UpdatedAt)
{
    /// <summary>Null when nobody is named or their profile is not published.</summary>
    public ConditionReviewer? ReviewedBy { get; init; }

    public IReadOnlyList<ConditionTreatmentLink> Treatments { get; init; } = [];
}

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
                c.UpdatedAt)
            {
                ReviewedBy = c.ReviewedBy != null && c.ReviewedBy.IsPublished
                    ? new ConditionReviewer(c.ReviewedBy.Name, c.ReviewedBy.Role, c.ReviewedBy.Slug)
                    : null,
                Treatments = c.Treatments.Where(t => t.IsPublished).OrderBy(t => t.SortOrder).ThenBy(t => t.Name)
                    .Select(t => new ConditionTreatmentLink(t.Name, t.Slug)).ToList(),
            })
            .FirstOrDefaultAsync(cancellationToken);
    }
}
