using Microsoft.EntityFrameworkCore;
using PurePhysio.Web.Data;
using PurePhysio.Web.Domain;

namespace PurePhysio.Web.Email;

/// <summary>What staff can do with a message that did not go: send it again now.</summary>
public sealed class OutboxRetry(ClinicDbContext db, OutboxSignal signal, TimeProvider time, ILogger<OutboxRetry> logger)
{
    /// <summary>
    /// Makes a failed (or waiting) message due immediately and wakes the worker. Returns false when the
    /// message does not exist or is already sent or being sent. The Message-Id stays the same.
    /// </summary>
    public async Task<bool> RetryNowAsync(int outboxMessageId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var updated = await db.OutboxMessages
            .Where(m => m.Id == outboxMessageId &&
                (m.Status == OutboxMessageStatus.Failed || m.Status == OutboxMessageStatus.Pending))
            .ExecuteUpdateAsync(s => s
                .SetProperty(m => m.Status, OutboxMessageStatus.Pending)
                .SetProperty(m => m.NextAttemptAt, now)
                .SetProperty(m => m.LeaseOwner, (string?)null)
                .SetProperty(m => m.LeaseUntil, (DateTimeOffset?)null), cancellationToken);
        if (updated == 0)
        {
            return false;
        }

        logger.LogInformation("Outbox message {OutboxMessageId} queued for retry by staff", outboxMessageId);
        signal.Notify();
        return true;
    }
}
