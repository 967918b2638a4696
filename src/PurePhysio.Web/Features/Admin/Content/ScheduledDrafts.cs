using PurePhysio.Web.Features.Clinic;
using PurePhysio.Web.Infrastructure;

namespace PurePhysio.Web.Features.Admin.Content;

/// <summary>One kind of content's scheduled drafts (its <see cref="ContentEditor{TEntity, TSnapshot}"/>).</summary>
internal interface IScheduledDrafts
{
    /// <summary>Publishes the drafts whose time has come; returns how many this call published.</summary>
    Task<int> PublishDueAsync(DateTimeOffset now, CancellationToken cancellationToken);
}

/// <summary>
/// Publishes due drafts of every kind for the public site, which asks when its read model says one is due
/// (<see cref="ClinicProfileCache"/>), so a scheduled change shows from its time whatever is cached; and
/// <see cref="ScheduledDraftService"/> asks every minute, so the search index follows even without visitors.
/// </summary>
internal sealed class ScheduledDraftPublisher(IEnumerable<IScheduledDrafts> kinds, TimeProvider time) : IScheduledPublication
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
internal sealed class ScheduledDraftService(IServiceScopeFactory scopes, TimeProvider time, ILogger<ScheduledDraftService> logger)
    : PeriodicWork(scopes, time, logger, TimeSpan.FromMinutes(1), "Publishing scheduled drafts")
{
    protected override async Task RunAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var published = await services.GetRequiredService<IScheduledPublication>().PublishDueAsync(cancellationToken);
        if (published > 0)
        {
            Logger.LogInformation("Published {Count} scheduled drafts", published);
        }
    }
}
