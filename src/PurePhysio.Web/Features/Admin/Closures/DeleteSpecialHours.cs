using Microsoft.EntityFrameworkCore;
using PurePhysio.Web.Data;
using PurePhysio.Web.Features.Admin.Audit;
using PurePhysio.Web.Features.OpeningHours;

namespace PurePhysio.Web.Features.Admin.Closures;

/// <summary>Deletes one period of special hours; without another that day, the normal hours or bank holiday apply.</summary>
public sealed class DeleteSpecialHours(ClinicDbContext db, AuditLog audit)
{
    public sealed record Summary(DateOnly Date, TimeRange Period, string Reason);

    public async Task<Summary?> FindAsync(int id, CancellationToken cancellationToken) =>
        await db.SpecialOpeningHours.AsNoTracking().Where(s => s.Id == id)
            .Select(s => new Summary(s.Date, new TimeRange(s.Opens, s.Closes), s.Reason)).FirstOrDefaultAsync(cancellationToken);

    public async Task<bool> HandleAsync(int id, CancellationToken cancellationToken)
    {
        var special = await db.SpecialOpeningHours.FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (special is null)
        {
            return false;
        }

        db.SpecialOpeningHours.Remove(special);
        audit.Add(AuditActions.SettingsUpdated, $"Special hours {id}", $"Deleted {special.Date:yyyy-MM-dd} {special.Opens:HH:mm}-{special.Closes:HH:mm}: {special.Reason}");
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}
