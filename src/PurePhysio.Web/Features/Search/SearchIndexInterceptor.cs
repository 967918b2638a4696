using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using PurePhysio.Web.Data;
using PurePhysio.Web.Domain;

namespace PurePhysio.Web.Features.Search;

/// <summary>
/// Re-indexes every condition and page a <c>SaveChanges</c> added, changed or deleted (symptoms
/// count as their condition), right after the save, on the same context and inside its transaction
/// if it has one. Nobody editing content has to remember the search index.
/// </summary>
internal sealed class SearchIndexInterceptor(TimeProvider time, ILogger<SearchIndexInterceptor> logger) : SaveChangesInterceptor
{
    private sealed class Touched
    {
        public List<Condition> Conditions { get; } = [];
        public List<Symptom> Symptoms { get; } = [];
        public List<StaticPage> Pages { get; } = [];
        public HashSet<int> DeletedConditionIds { get; } = [];
        public HashSet<int> DeletedPageIds { get; } = [];
        public bool IsEmpty => Conditions.Count + Symptoms.Count + Pages.Count + DeletedConditionIds.Count + DeletedPageIds.Count == 0;
    }

    private static readonly ConditionalWeakTable<DbContext, Touched> Pending = [];

    private static readonly ConditionalWeakTable<DbContext, object> IndexedByCaller = [];

    /// <summary>
    /// Until the result is disposed, saves on <paramref name="context"/> are left to a caller that
    /// re-indexes explicitly through <see cref="ISearchIndexer"/> (the admin's content editor), so the
    /// same content is not indexed twice in one save.
    /// </summary>
    public static IDisposable LeaveIndexingToCaller(DbContext context)
    {
        IndexedByCaller.AddOrUpdate(context, new object());
        return new Release(context);
    }

    private sealed class Release(DbContext context) : IDisposable
    {
        public void Dispose() => IndexedByCaller.Remove(context);
    }

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
        // Sync saves are rare here (seeding and tests use async); ASP.NET Core has no synchronization context to deadlock on.
        ReindexAsync(eventData.Context, CancellationToken.None).GetAwaiter().GetResult();
        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result,
        CancellationToken cancellationToken = default)
    {
        await ReindexAsync(eventData.Context, cancellationToken);
        return result;
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => Forget(eventData.Context);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context);
        return Task.CompletedTask;
    }

    private static void Forget(DbContext? context)
    {
        if (context is not null)
        {
            Pending.Remove(context);
        }
    }

    private static void Collect(DbContext? context)
    {
        if (context is not ClinicDbContext || IndexedByCaller.TryGetValue(context, out _))
        {
            return;
        }

        var touched = new Touched();
        foreach (var entry in context.ChangeTracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted))
            {
                continue;
            }

            switch (entry.Entity)
            {
                case Condition condition when entry.State == EntityState.Deleted:
                    touched.DeletedConditionIds.Add(condition.Id);
                    break;
                case Condition condition:
                    touched.Conditions.Add(condition);
                    break;
                case Symptom symptom when entry.State == EntityState.Deleted:
                    touched.DeletedConditionIds.Add(OriginalConditionId(entry, symptom));
                    break;
                case Symptom symptom:
                    touched.Symptoms.Add(symptom);
                    break;
                case StaticPage page when entry.State == EntityState.Deleted:
                    touched.DeletedPageIds.Add(page.Id);
                    break;
                case StaticPage page:
                    touched.Pages.Add(page);
                    break;
            }
        }

        if (touched.IsEmpty)
        {
            Pending.Remove(context);
        }
        else
        {
            Pending.AddOrUpdate(context, touched);
        }
    }

    private static int OriginalConditionId(EntityEntry entry, Symptom symptom) =>
        entry.Property(nameof(Symptom.ConditionId)).OriginalValue as int? ?? symptom.ConditionId;

    private async Task ReindexAsync(DbContext? context, CancellationToken cancellationToken)
    {
        if (context is not ClinicDbContext db || !Pending.TryGetValue(context, out var touched))
        {
            return;
        }

        Pending.Remove(context);

        // Ids are known only now, after the save (new rows get theirs from the database).
        var conditionIds = touched.Conditions.Select(c => c.Id)
            .Concat(touched.Symptoms.Select(s => s.ConditionId))
            .Concat(touched.DeletedConditionIds)
            .Where(id => id > 0).ToHashSet();
        var pageIds = touched.Pages.Select(p => p.Id).Concat(touched.DeletedPageIds).Where(id => id > 0).ToHashSet();

        try
        {
            await SearchIndexWriter.UpdateAsync(db, time, conditionIds, pageIds, cancellationToken);
        }
        catch (Exception ex) when (ex is DbUpdateException or InvalidOperationException)
        {
            // The content is saved; the index catches up at the next start-up (fingerprints differ).
            logger.LogWarning(ex, "Search index update failed for conditions {ConditionIds} and pages {PageIds}",
                conditionIds, pageIds);
        }
    }
}
