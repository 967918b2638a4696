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
}
