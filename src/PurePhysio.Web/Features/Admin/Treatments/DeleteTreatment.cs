using Microsoft.EntityFrameworkCore;
using PurePhysio.Web.Data;
using PurePhysio.Web.Features.Admin.Audit;

namespace PurePhysio.Web.Features.Admin.Treatments;

/// <summary>Deletes a treatment; its links to conditions go with it (the join rows cascade) in the same SaveChanges.</summary>
public sealed class DeleteTreatment(ClinicDbContext db, AuditLog audit)
{
    public async Task<string?> FindNameAsync(int id, CancellationToken cancellationToken) =>
        await db.Treatments.AsNoTracking().Where(t => t.Id == id).Select(t => t.Name).FirstOrDefaultAsync(cancellationToken);

    /// <summary>False when there was nothing to delete.</summary>
    public async Task<bool> HandleAsync(int id, CancellationToken cancellationToken)
    {
        var treatment = await db.Treatments.FirstOrDefaultAsync(t => t.Id == id, cancellationToken);
        if (treatment is null)
        {
            return false;
        }

        db.Treatments.Remove(treatment);
        audit.Add(AuditActions.ContentDeleted, $"Treatment “{treatment.Name}”");
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}
