using Microsoft.EntityFrameworkCore;
using PurePhysio.Web.Data;
using PurePhysio.Web.Features.Admin.Audit;

namespace PurePhysio.Web.Features.Admin.Closures;

/// <summary>Deletes a closure; the clinic's normal hours apply again on its days.</summary>
public sealed class DeleteClosure(ClinicDbContext db, AuditLog audit)
{
    public sealed record Summary(DateOnly StartDate, DateOnly EndDate, string Reason);

    public async Task<Summary?> FindAsync(int id, CancellationToken cancellationToken) =>
        await db.Closures.AsNoTracking().Where(c => c.Id == id)
            .Select(c => new Summary(c.StartDate, c.EndDate, c.Reason)).FirstOrDefaultAsync(cancellationToken);

    public async Task<bool> HandleAsync(int id, CancellationToken cancellationToken)
    {
        var closure = await db.Closures.FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (closure is null)
        {
            return false;
        }

        db.Closures.Remove(closure);
        audit.Add(AuditActions.SettingsUpdated, $"Closure {id}", $"Deleted {closure.StartDate:yyyy-MM-dd} to {closure.EndDate:yyyy-MM-dd}: {closure.Reason}");
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}
