using PurePhysio.Web.Features.Clinic;

namespace PurePhysio.Web.Features.Admin.Content;

/// <summary>One kind of content's scheduled drafts (its <see cref="ContentEditor{TEntity, TSnapshot}"/>).</summary>
public interface IScheduledDrafts
{
    /// <summary>Publishes the drafts whose time has come; returns how many this call published.</summary>
    Task<int> PublishDueAsync(DateTimeOffset now, CancellationToken cancellationToken);
}

/// <summary>
/// Publishes due drafts of every kind for the public site, which asks when its read model says one is due
/// (<see cref="ClinicProfileCache"/>), so a scheduled change shows from its time whatever is cached; and
/// <see cref="ScheduledDraftService"/> asks every minute, so the search index follows even without visitors.
/// </summary>
public sealed class ScheduledDraftPublisher(IEnumerable<IScheduledDrafts> kinds, TimeProvider time) : IScheduledPublication
{
    public async Task<int> PublishDueAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var published = 0;
        foreach (var kind in kinds)
        {
            published += await kind.PublishDueAsync(now, cancellationToken);
        }

        return published;
    }
}

/// <summary>Publishes due drafts every minute (the public site also publishes them on its first request after their time).</summary>
public sealed class ScheduledDraftService(IServiceScopeFactory scopes, TimeProvider time, ILogger<ScheduledDraftService> logger) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromMinutes(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    await using var scope = scopes.CreateAsyncScope();
                    var published = await scope.ServiceProvider.GetRequiredService<IScheduledPublication>().PublishDueAsync(stoppingToken);
                    if (published > 0)
                    {
                        logger.LogInformation("Published {Count} scheduled drafts", published);
                    }
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    logger.LogWarning(exception, "Publishing scheduled drafts failed; trying again in {Interval}", Interval);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping.
        }
    }
}
