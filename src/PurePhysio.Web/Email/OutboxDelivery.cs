using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MimeKit;
using PurePhysio.Web.Data;
using PurePhysio.Web.Domain;

namespace PurePhysio.Web.Email;

/// <summary>
/// Claims due outbox messages with a lease and sends them. The claim is one conditional UPDATE, so
/// when several app instances share the database each message is claimed by exactly one of them.
/// </summary>
internal sealed class OutboxDelivery(
    ClinicDbContext db,
    IServiceScopeFactory scopes,
    MailTransportFactory transports,
    IOptions<MailOptions> mailOptions,
    IOptions<OutboxDeliveryOptions> deliveryOptions,
    TimeProvider time,
    ILogger<OutboxDelivery> logger)
{
    /// <summary>Identifies this process in lease owners (diagnostics only; each claim adds its own unique part).</summary>
    private static readonly string InstanceId = $"{Environment.MachineName}:{Environment.ProcessId}";

    private readonly OutboxDeliveryOptions _options = deliveryOptions.Value;

    /// <summary>Sends one batch of due messages; returns how many were claimed.</summary>
    public async Task<int> DeliverDueAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var candidates = await db.OutboxMessages.AsNoTracking()
            .Where(IsDue(now))
            .OrderBy(m => m.NextAttemptAt)
            .Select(m => m.Id)
            .Take(_options.BatchSize)
            .ToListAsync(cancellationToken);
        if (candidates.Count == 0)
        {
            return 0;
        }

        var owner = $"{InstanceId}:{Guid.NewGuid():N}";
        var leaseUntil = now + _options.LeaseDuration;
        // Leases are short (a crashed instance's claims come free within LeaseDuration) and renewed while this
        // instance lives, so a slow send never loses its claim to another instance.
        using var stopRenewing = new CancellationTokenSource();
        var renewal = RenewLeasesAsync(owner, stopRenewing.Token);
        try
        {
            // The due condition is re-checked inside the UPDATE: a competitor that claimed a row in the
            // meantime has changed its status or lease, so this UPDATE skips it.
            await db.OutboxMessages
                .Where(m => candidates.Contains(m.Id))
                .Where(IsDue(now))
                .ExecuteUpdateAsync(s => s
                    .SetProperty(m => m.Status, OutboxMessageStatus.Sending)
                    .SetProperty(m => m.LeaseOwner, owner)
                    .SetProperty(m => m.LeaseUntil, leaseUntil), cancellationToken);

            var claimed = await db.OutboxMessages.AsNoTracking()
                .Where(m => m.LeaseOwner == owner && m.Status == OutboxMessageStatus.Sending)
                .OrderBy(m => m.Id)
                .ToListAsync(cancellationToken);

            await using var transport = transports.Create();
            foreach (var message in claimed)
            {
                cancellationToken.ThrowIfCancellationRequested();
                await DeliverAsync(transport, message, owner, cancellationToken);
            }

            return claimed.Count;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // A graceful stop (every deploy): hand back every claim of this batch, not only the message being
            // sent, so the next start or another instance sends them at once instead of waiting out the lease.
            await stopRenewing.CancelAsync();
            var released = await db.OutboxMessages
                .Where(m => m.LeaseOwner == owner && m.Status == OutboxMessageStatus.Sending)
                .ExecuteUpdateAsync(s => s
                    .SetProperty(m => m.Status, OutboxMessageStatus.Pending)
                    .SetProperty(m => m.LeaseOwner, (string?)null)
                    .SetProperty(m => m.LeaseUntil, (DateTimeOffset?)null), CancellationToken.None);
            logger.LogInformation("Outbox delivery stopping: {Count} claimed messages handed back", released);
            throw;
        }
        finally
        {
            await stopRenewing.CancelAsync();
            await renewal;
        }
    }

    /// <summary>Extends this batch's leases every quarter lease until the batch ends (its own scope: a DbContext is not shared across tasks).</summary>
    private async Task RenewLeasesAsync(string owner, CancellationToken stop)
    {
        using var timer = new PeriodicTimer(_options.LeaseDuration / 4, time);
        try
        {
            while (await timer.WaitForNextTickAsync(stop))
            {
                await using var scope = scopes.CreateAsyncScope();
                var renewalDb = scope.ServiceProvider.GetRequiredService<ClinicDbContext>();
                var leaseUntil = time.GetUtcNow() + _options.LeaseDuration;
                await renewalDb.OutboxMessages
                    .Where(m => m.LeaseOwner == owner && m.Status == OutboxMessageStatus.Sending)
                    .ExecuteUpdateAsync(s => s.SetProperty(m => m.LeaseUntil, leaseUntil), stop);
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // The batch is over.
        }
        catch (Exception exception)
        {
            // The database is unreachable: the leases run out and another instance (or the next pass) takes over.
            logger.LogWarning("Renewing outbox leases failed ({ErrorType}); they expire in {LeaseDuration}", exception.GetType().Name, _options.LeaseDuration);
        }
    }

    /// <summary>Due: pending and its time has come, or claimed by a worker whose lease ran out (it stopped mid-send).</summary>
    private static Expression<Func<OutboxMessage, bool>> IsDue(DateTimeOffset now) => m =>
        (m.Status == OutboxMessageStatus.Pending && m.NextAttemptAt <= now) ||
        (m.Status == OutboxMessageStatus.Sending && m.LeaseUntil < now);

    private async Task DeliverAsync(IMailTransport transport, OutboxMessage message, string owner, CancellationToken cancellationToken)
    {
        // Renew the lease just before sending, so it covers this send however long the batch has taken;
        // if it has already run out and another worker took the message, leave it to them.
        var leaseUntil = time.GetUtcNow() + _options.LeaseDuration;
        var stillMine = await Mine(message.Id, owner)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.LeaseUntil, leaseUntil), cancellationToken);
        if (stillMine == 0)
        {
            return;
        }

        var attempt = message.Attempts + 1;
        try
        {
            await transport.SendAsync(ToMimeMessage(message), cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Shutting down: DeliverDueAsync hands this message back with the rest of the batch.
            throw;
        }
        catch (Exception exception)
        {
            await RecordFailureAsync(message, owner, attempt, DeliveryFailure.From(exception), exception);
            return;
        }

        var sentAt = time.GetUtcNow();
        await Mine(message.Id, owner).ExecuteUpdateAsync(s => s
            .SetProperty(m => m.Status, OutboxMessageStatus.Sent)
            .SetProperty(m => m.SentAt, sentAt)
            .SetProperty(m => m.LastAttemptAt, sentAt)
            .SetProperty(m => m.Attempts, attempt)
            .SetProperty(m => m.LastError, (string?)null)
            .SetProperty(m => m.LeaseOwner, (string?)null)
            .SetProperty(m => m.LeaseUntil, (DateTimeOffset?)null), CancellationToken.None);
        logger.LogInformation("Outbox message {OutboxMessageId} ({Kind}) for enquiry {EnquiryId} sent on attempt {Attempt}",
            message.Id, message.Kind, message.EnquiryId, attempt);
    }

    private async Task RecordFailureAsync(OutboxMessage message, string owner, int attempt, DeliveryFailure failure, Exception exception)
    {
        var now = time.GetUtcNow();
        var givingUp = !failure.IsPermanent && now - message.CreatedAt >= _options.GiveUpAfter;
        var status = failure.IsPermanent || givingUp ? OutboxMessageStatus.Failed : OutboxMessageStatus.Pending;
        var reason = givingUp ? $"Gave up after {attempt} attempts. {failure.Reason}" : failure.Reason;
        if (reason.Length > OutboxMessage.LastErrorMaxLength)
        {
            reason = reason[..OutboxMessage.LastErrorMaxLength];
        }

        var nextAttemptAt = now + RetryDelay(attempt, _options);
        await Mine(message.Id, owner).ExecuteUpdateAsync(s => s
            .SetProperty(m => m.Status, status)
            .SetProperty(m => m.Attempts, attempt)
            .SetProperty(m => m.LastAttemptAt, now)
            .SetProperty(m => m.LastError, reason)
            .SetProperty(m => m.NextAttemptAt, nextAttemptAt)
            .SetProperty(m => m.LeaseOwner, (string?)null)
            .SetProperty(m => m.LeaseUntil, (DateTimeOffset?)null), CancellationToken.None);

        // The exception's message can quote addresses from the SMTP dialogue, so only its type and
        // status code are logged; the full reason is stored with the message for staff.
        if (status == OutboxMessageStatus.Failed)
        {
            logger.LogError("Outbox message {OutboxMessageId} ({Kind}) for enquiry {EnquiryId} failed on attempt {Attempt}: {ErrorType} {SmtpStatusCode}",
                message.Id, message.Kind, message.EnquiryId, attempt, exception.GetType().Name, failure.SmtpStatusCode);
        }
        else
        {
            logger.LogWarning("Outbox message {OutboxMessageId} ({Kind}) for enquiry {EnquiryId} not sent on attempt {Attempt}, retrying at {NextAttemptAt}: {ErrorType} {SmtpStatusCode}",
                message.Id, message.Kind, message.EnquiryId, attempt, nextAttemptAt, exception.GetType().Name, failure.SmtpStatusCode);
        }
    }

    /// <summary>Exponential after the given (1-based) failed attempt: base, 2×base, 4×base … capped at the maximum.</summary>
    public static TimeSpan RetryDelay(int attempt, OutboxDeliveryOptions options)
    {
        var factor = Math.Pow(2, Math.Clamp(attempt - 1, 0, 30));
        var delay = TimeSpan.FromTicks((long)Math.Min(options.RetryBaseDelay.Ticks * factor, options.RetryMaxDelay.Ticks));
        return delay < TimeSpan.Zero ? TimeSpan.Zero : delay;
    }

    private IQueryable<OutboxMessage> Mine(int id, string owner) =>
        db.OutboxMessages.Where(m => m.Id == id && m.LeaseOwner == owner);

    private MimeMessage ToMimeMessage(OutboxMessage stored)
    {
        var options = mailOptions.Value;
        var message = new MimeMessage
        {
            MessageId = stored.MessageId,
            Date = stored.CreatedAt,
            Subject = stored.Subject,
            Body = new TextPart("plain") { Text = stored.TextBody },
        };
        message.From.Add(new MailboxAddress(options.FromName, options.FromAddress));
        message.To.AddRange(InternetAddressList.Parse(stored.To));
        if (!string.IsNullOrEmpty(stored.ReplyTo))
        {
            message.ReplyTo.AddRange(InternetAddressList.Parse(stored.ReplyTo));
        }

        return message;
    }
}
