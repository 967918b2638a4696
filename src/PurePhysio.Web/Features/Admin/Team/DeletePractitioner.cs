using Microsoft.EntityFrameworkCore;
using PurePhysio.Web.Data;
using PurePhysio.Web.Features.Admin.Audit;

namespace PurePhysio.Web.Features.Admin.Team;

/// <summary>
/// Deletes a team profile in one SaveChanges: its condition links cascade, and articles they reviewed
/// keep their review date but no longer name a reviewer (the foreign key is set to null).
/// </summary>
public sealed class DeletePractitioner(ClinicDbContext db, AuditLog audit)
{
    public sealed record Summary(string Name, int ReviewedArticles);

    public async Task<Summary?> FindAsync(int id, CancellationToken cancellationToken) =>
        await db.Practitioners.AsNoTracking().Where(p => p.Id == id)
            .Select(p => new Summary(p.Name, db.Conditions.Count(c => c.ReviewedByPractitionerId == p.Id)))
            .FirstOrDefaultAsync(cancellationToken);

    public async Task<bool> HandleAsync(int id, CancellationToken cancellationToken)
    {
        var practitioner = await db.Practitioners.FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (practitioner is null)
        {
            return false;
        }

        // Loaded so the change tracker clears the reviewer on them too; the database's ON DELETE SET NULL does the same.
        await db.Conditions.Where(c => c.ReviewedByPractitionerId == id).LoadAsync(cancellationToken);
        db.Practitioners.Remove(practitioner);
        audit.Add(AuditActions.ContentDeleted, $"Team member “{practitioner.Name}”");
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}
