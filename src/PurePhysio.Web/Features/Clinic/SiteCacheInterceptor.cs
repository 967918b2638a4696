using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using PurePhysio.Web.Data;

namespace PurePhysio.Web.Features.Clinic;

/// <summary>
/// Keeps the public site's caches exact without anyone remembering them: after every save that
/// changes what patients see (or, inside a transaction, after its commit) it moves the site version
/// on, so the <see cref="ClinicProfile"/> is read again, and evicts the output-cache entries tagged
/// with what changed (<see cref="CacheTags"/>). It finishes before <c>SaveChanges</c> (or
/// <c>Commit</c>) returns, so the editor's "Saved" page comes after the eviction.
/// </summary>
internal sealed class SiteCacheInterceptor(ISiteVersion version, IOutputCacheStore outputCache, ILogger<SiteCacheInterceptor> logger)
    : SaveChangesInterceptor, IDbTransactionInterceptor
{
    private static readonly ConditionalWeakTable<DbContext, SiteChange> Saving = [];
    private static readonly ConditionalWeakTable<DbContext, SiteChange> Committing = [];

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Collect(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData,
        InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Collect(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        // Sync saves are rare (seeding); ASP.NET Core has no synchronization context to deadlock on.
        SavedAsync(eventData.Context).GetAwaiter().GetResult();
        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result,
        CancellationToken cancellationToken = default)
    {
        await SavedAsync(eventData.Context);
        return result;
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => Forget(Saving, eventData.Context);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(Saving, eventData.Context);
        return Task.CompletedTask;
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) =>
        CommittedAsync(eventData.Context).GetAwaiter().GetResult();

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData,
        CancellationToken cancellationToken = default) =>
        CommittedAsync(eventData.Context);

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) =>
        Forget(Committing, eventData.Context);

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData,
        CancellationToken cancellationToken = default)
    {
        Forget(Committing, eventData.Context);
        return Task.CompletedTask;
    }

    public void TransactionFailed(DbTransaction transaction, TransactionErrorEventData eventData) =>
        Forget(Committing, eventData.Context);

    public Task TransactionFailedAsync(DbTransaction transaction, TransactionErrorEventData eventData,
        CancellationToken cancellationToken = default)
    {
        Forget(Committing, eventData.Context);
        return Task.CompletedTask;
    }

    private static void Forget(ConditionalWeakTable<DbContext, SiteChange> table, DbContext? context)
    {
        if (context is not null)
        {
            table.Remove(context);
        }
    }

    private static void Collect(DbContext? context)
    {
        if (context is not ClinicDbContext)
        {
            return;
        }

        var change = new SiteChange();
        foreach (var entry in context.ChangeTracker.Entries())
        {
            if (CacheTags.IsChange(entry))
            {
                CacheTags.Collect(entry, change);
            }
        }

        // Merged, not replaced: a save made from inside another save's interceptor (the search index)
        // must not wipe out what the outer save changed.
        if (!change.IsEmpty)
        {
            Saving.GetValue(context, _ => new SiteChange()).Merge(change);
        }
    }

    private async Task SavedAsync(DbContext? context)
    {
        if (context is null || !Saving.TryGetValue(context, out var change))
        {
            return;
        }

        Saving.Remove(context);
        change.Settle();
        if (context.Database.CurrentTransaction is not null)
        {
            // Not yet visible to other connections: a request now would read and cache the old rows.
            Committing.GetValue(context, _ => new SiteChange()).Merge(change);
            return;
        }

        await ApplyAsync(change);
    }

    private async Task CommittedAsync(DbContext? context)
    {
        if (context is null || !Committing.TryGetValue(context, out var change))
        {
            return;
        }

        Committing.Remove(context);
        await ApplyAsync(change);
    }

    // Not cancellable: once the rows are saved, the caches must follow even if the request is abandoned.
    private async Task ApplyAsync(SiteChange change)
    {
        try
        {
            // Every change moves the version on, even one the profile does not hold: a page that began
            // rendering before the save must not be stored in the output cache after it.
            await version.AdvanceAsync(CancellationToken.None);

            foreach (var tag in change.Tags)
            {
                await outputCache.EvictByTagAsync(tag, CancellationToken.None);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The save stands; pages may show the old content until their entries expire. Staff need to know.
            logger.LogError(ex, "Public-site caches could not be refreshed after a save (tags {Tags})", change.Tags);
        }
    }
}
