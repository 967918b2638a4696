using Microsoft.EntityFrameworkCore;
using PurePhysio.Web.Data;
using PurePhysio.Web.Domain;
using PurePhysio.Web.Features.Admin.Audit;

namespace PurePhysio.Web.Features.Admin.Enquiries;

/// <summary>Moves an enquiry to another status (new, contacted, booked, closed), audited with both statuses.</summary>
public sealed class ChangeEnquiryStatus(ClinicDbContext db, AuditLog audit)
{
    public async Task<FormOutcome> HandleAsync(int id, EnquiryStatus status, CancellationToken cancellationToken)
    {
        if (!Enum.IsDefined(status))
        {
            return FormOutcome.Malformed;
        }

        var enquiry = await db.Enquiries.FirstOrDefaultAsync(e => e.Id == id, cancellationToken);
        if (enquiry is null)
        {
            return FormOutcome.NotFound;
        }

        var before = enquiry.Status;
        enquiry.Status = status;
        audit.Add(AuditActions.EnquiryUpdated, $"Enquiry {id} ({enquiry.Reference})", $"Status {before} -> {status}");
        await db.SaveChangesAsync(cancellationToken);
        return FormOutcome.Saved;
    }
}
