using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PurePhysio.Web.Data;
using PurePhysio.Web.Features.Admin.Audit;

namespace PurePhysio.Web.Features.Admin.Enquiries;

/// <summary>How long enquiries are kept (section <c>Enquiries</c>).</summary>
public sealed class EnquiryRetentionOptions
{
    /// <summary>Enquiries older than this many months are deleted with their mail and notes.</summary>
    public int RetentionMonths { get; set; } = 12;

    /// <summary>How often the purge runs (it also runs shortly after start-up).</summary>
    public TimeSpan RetentionSweepInterval { get; set; } = TimeSpan.FromHours(6);
}

/// <summary>Deletes enquiries past the retention period, with their outbox mail and notes, and audits it.</summary>
internal sealed class EnquiryRetention(ClinicDbContext db, AuditLog audit, TimeProvider time, IOptions<EnquiryRetentionOptions> options, ILogger<EnquiryRetention> logger)
{
    public async Task<int> PurgeAsync(CancellationToken cancellationToken)
    {
        var months = Math.Max(1, options.Value.RetentionMonths);
        var cutoff = time.GetUtcNow().AddMonths(-months);
        var ids = await db.Enquiries.Where(e => e.CreatedAt < cutoff).Select(e => e.Id).ToListAsync(cancellationToken);
        if (ids.Count == 0)
        {
            return 0;
        }

        var strategy = db.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await db.OutboxMessages.Where(m => m.EnquiryId != null && ids.Contains(m.EnquiryId.Value)).ExecuteDeleteAsync(cancellationToken);
            await db.EnquiryNotes.Where(n => ids.Contains(n.EnquiryId)).ExecuteDeleteAsync(cancellationToken);
            await db.Enquiries.Where(e => ids.Contains(e.Id)).ExecuteDeleteAsync(cancellationToken);
            audit.Add(AuditActions.EnquiriesPurged, $"{ids.Count} enquiries", $"Received before {cutoff:yyyy-MM-dd} (retention {months} months)",
                email: "retention policy", userId: null);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        });
        logger.LogInformation("Retention purge deleted {Count} enquiries received before {Cutoff}", ids.Count, cutoff);
        return ids.Count;
    }
}

/// <summary>Runs <see cref="EnquiryRetention"/> shortly after start-up and then every sweep interval.</summary>
internal sealed class EnquiryRetentionService(IServiceScopeFactory scopes, IOptions<EnquiryRetentionOptions> options, TimeProvider time,
    ILogger<EnquiryRetentionService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            // Let start-up (migrations, seeding) finish first.
            await Task.Delay(TimeSpan.FromSeconds(1), time, stoppingToken);
            while (!stoppingToken.IsCancellationRequested)
            {
                try
                {
                    await using var scope = scopes.CreateAsyncScope();
                    await scope.ServiceProvider.GetRequiredService<EnquiryRetention>().PurgeAsync(stoppingToken);
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    // A failed sweep is tried again at the next interval; the site keeps running.
                    logger.LogError(exception, "Enquiry retention purge failed");
                }

                await Task.Delay(options.Value.RetentionSweepInterval, time, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping, or the host did not start.
        }
    }
}
