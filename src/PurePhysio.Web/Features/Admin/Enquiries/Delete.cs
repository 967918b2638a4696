using Microsoft.EntityFrameworkCore;
using PurePhysio.Web.Data;
using PurePhysio.Web.Features.Admin.Audit;
using PurePhysio.Web.Features.Admin.Content;

namespace PurePhysio.Web.Features.Admin.Enquiries;

/// <summary>Deleting an enquiry (when the patient asks, or it was sent by mistake): it goes with its notes and its mail, or nothing goes.</summary>
public static class DeleteEnquiry
{
    public sealed class Handler(ClinicDbContext db, AuditLog audit)
    {
        public async Task<DeleteViewModel?> ConfirmAsync(int id, CancellationToken cancellationToken)
        {
            var reference = await db.Enquiries.AsNoTracking().Where(e => e.Id == id).Select(e => e.Reference).FirstOrDefaultAsync(cancellationToken);
            return reference is null ? null : new DeleteViewModel($"Delete enquiry {reference}?",
                "The enquiry, its emails and its notes will be removed for good. Do this when the patient asks, or when the enquiry was sent by mistake.",
                "Enquiries", id, CancelAction: "Details");
        }

        /// <summary>The deleted enquiry's reference, or null when there was none.</summary>
        public async Task<string?> HandleAsync(int id, CancellationToken cancellationToken)
        {
            var reference = await db.Enquiries.AsNoTracking().Where(e => e.Id == id).Select(e => e.Reference).FirstOrDefaultAsync(cancellationToken);
            if (reference is null)
            {
                return null;
            }

            var strategy = db.Database.CreateExecutionStrategy();
            var deleted = await strategy.ExecuteAsync(async () =>
            {
                await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                await db.EnquiryNotes.Where(n => n.EnquiryId == id).ExecuteDeleteAsync(cancellationToken);
                await db.OutboxMessages.Where(m => m.EnquiryId == id).ExecuteDeleteAsync(cancellationToken);
                var rows = await db.Enquiries.Where(e => e.Id == id).ExecuteDeleteAsync(cancellationToken);
                if (rows == 0)
                {
                    // Someone else deleted it in the meantime: nothing to record.
                    return false;
                }

                audit.Add(AuditActions.EnquiryDeleted, $"Enquiry {id} ({reference})");
                await db.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                return true;
            });
            return deleted ? reference : null;
        }
    }
}
