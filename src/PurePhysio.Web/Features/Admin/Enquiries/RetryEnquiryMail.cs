using Microsoft.EntityFrameworkCore;
using PurePhysio.Web.Data;
using PurePhysio.Web.Email;
using PurePhysio.Web.Features.Admin.Audit;

namespace PurePhysio.Web.Features.Admin.Enquiries;

/// <summary>Sends a failed (or waiting) email of an enquiry again now, with the same Message-Id.</summary>
public sealed class RetryEnquiryMail(ClinicDbContext db, AuditLog audit, OutboxRetry retry)
{
    /// <summary>True when it will be sent again; false when it is sent or being sent; null when the email is not this enquiry's.</summary>
    public async Task<bool?> HandleAsync(int id, int messageId, CancellationToken cancellationToken)
    {
        if (!await db.OutboxMessages.AnyAsync(m => m.Id == messageId && m.EnquiryId == id, cancellationToken))
        {
            return null;
        }

        if (!await retry.RetryNowAsync(messageId, cancellationToken))
        {
            return false;
        }

        await audit.RecordNowAsync(AuditActions.EnquiryMailRetried, $"Enquiry {id}", $"Outbox message {messageId}", cancellationToken: cancellationToken);
        return true;
    }
}
