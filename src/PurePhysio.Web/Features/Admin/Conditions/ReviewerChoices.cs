using Microsoft.EntityFrameworkCore;
using PurePhysio.Web.Data;

namespace PurePhysio.Web.Features.Admin.Conditions;

public sealed record ReviewerChoice(int Id, string Name, string Role, bool IsPublished);

/// <summary>The team members who can be named as an article's clinical reviewer.</summary>
public sealed class ReviewerChoices(ClinicDbContext db)
{
    public async Task<IReadOnlyList<ReviewerChoice>> ListAsync(CancellationToken cancellationToken = default) =>
        await db.Practitioners.AsNoTracking().OrderBy(p => p.SortOrder).ThenBy(p => p.Name)
            .Select(p => new ReviewerChoice(p.Id, p.Name, p.Role, p.IsPublished))
            .ToListAsync(cancellationToken);

    public Task<bool> ExistsAsync(int id, CancellationToken cancellationToken) =>
        db.Practitioners.AnyAsync(p => p.Id == id, cancellationToken);

    /// <summary>
    /// The clinical review an article carries: recorded by approvals and "reviewed, no changes", never typed into the
    /// form, so a save keeps what is stored (a new article has none).
    /// </summary>
    public async Task<(DateOnly? On, int? PractitionerId)> StoredReviewAsync(int? conditionId, CancellationToken cancellationToken)
    {
        if (conditionId is not { } id)
        {
            return (null, null);
        }

        var stored = await db.Conditions.AsNoTracking().Where(c => c.Id == id)
            .Select(c => new { c.LastReviewedOn, c.ReviewedByPractitionerId })
            .FirstOrDefaultAsync(cancellationToken);
        return (stored?.LastReviewedOn, stored?.ReviewedByPractitionerId);
    }
}
