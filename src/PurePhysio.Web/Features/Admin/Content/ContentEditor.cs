using Microsoft.EntityFrameworkCore;
using PurePhysio.Web.Data;
using PurePhysio.Web.Domain;
using PurePhysio.Web.Features.Admin.Audit;

namespace PurePhysio.Web.Features.Admin.Content;

/// <summary>The editable fields of a content item as stored in a revision.</summary>
public interface IContentSnapshot<out TSelf>
    where TSelf : IContentSnapshot<TSelf>
{
    string Title { get; }
    string Slug { get; }
    DateTimeOffset? PublishedAt { get; }

    /// <summary>Plain text for the revision diff.</summary>
    string ToReadableText();

    TSelf WithPublishState(bool isPublished, DateTimeOffset? publishedAt);
}

/// <summary>
/// Reads and saves one kind of content for the admin area: every save is versioned, revisioned and audited.
/// Conditions and pages share this workflow; the subclasses say how their fields map to the entity.
/// </summary>
public abstract class ContentEditor<TEntity, TSnapshot>(ClinicDbContext db, RevisionStore revisions, AuditLog audit, TimeProvider time)
    where TEntity : class, IVersionedContent
    where TSnapshot : IContentSnapshot<TSnapshot>
{
    /// <summary>The <see cref="ContentTypes"/> value its revisions and redirects are filed under.</summary>
    protected abstract string ContentType { get; }

    /// <summary>How the audit log names the kind of content, e.g. "Condition".</summary>
    protected abstract string AuditName { get; }

    /// <summary>Where patients see an item with this slug, e.g. "/conditions/back-pain".</summary>
    public abstract string PublicPath(string slug);

    /// <summary>A new, empty entity; the required fields are filled by <see cref="Apply"/>.</summary>
    protected abstract TEntity CreateEntity();

    /// <summary>The entity with whatever it owns (child rows) loaded, so a snapshot of it is complete.</summary>
    protected virtual IQueryable<TEntity> WithDetails(IQueryable<TEntity> query) => query;

    /// <summary>Copies the snapshot's editable fields onto the entity; the publish state is handled here.</summary>
    protected abstract void Apply(TSnapshot content, TEntity entity);

    protected abstract TSnapshot SnapshotOf(TEntity entity);

    protected ClinicDbContext Db => db;

    protected TimeProvider Time => time;

    public async Task<(TSnapshot Snapshot, int Version)?> FindAsync(int id, CancellationToken cancellationToken)
    {
        var entity = await WithDetails(db.Set<TEntity>().AsNoTracking())
            .FirstOrDefaultAsync(x => x.Id == id, cancellationToken);
        return entity is null ? null : (SnapshotOf(entity), entity.Version);
    }

    public Task<IReadOnlyList<RevisionListItem>> ListRevisionsAsync(int id, CancellationToken cancellationToken) =>
        revisions.ListAsync(ContentType, id, cancellationToken);

    public Task<(RevisionListItem Item, TSnapshot Snapshot)?> FindRevisionAsync(int id, long revisionId, CancellationToken cancellationToken) =>
        revisions.FindAsync<TSnapshot>(ContentType, id, revisionId, cancellationToken);

    public async Task<SaveOutcome> SaveAsync(int? id, int expectedVersion, TSnapshot content, PublishChoice? publish,
        DateTimeOffset? requestedPublishAt, string summary, string auditAction, CancellationToken cancellationToken)
    {
        if (await db.Set<TEntity>().AnyAsync(c => c.Slug == content.Slug && c.Id != (id ?? 0), cancellationToken))
        {
            return new SaveOutcome(SaveStatus.SlugTaken);
        }

        var now = time.GetUtcNow();
        TEntity? entity;
        if (id is null)
        {
            entity = CreateEntity();
            entity.CreatedAt = now;
            db.Set<TEntity>().Add(entity);
        }
        else
        {
            entity = await WithDetails(db.Set<TEntity>())
                .FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
            if (entity is null)
            {
                return new SaveOutcome(SaveStatus.NotFound);
            }

            if (entity.Version != expectedVersion)
            {
                return await ConflictAsync(entity.Id, entity.Version, cancellationToken);
            }

            await revisions.AddBaselineIfNoneAsync(ContentType, entity.Id, entity.Version, SnapshotOf(entity), entity.UpdatedAt, cancellationToken);
        }

        var oldSlug = entity.Slug;
        var oldWasPublic = id is not null && PublishSchedule.StatusOf(entity.IsPublished, entity.PublishedAt, now) == ContentStatus.Published;

        Apply(content, entity);
        if (publish is { } choice)
        {
            (entity.IsPublished, entity.PublishedAt) = PublishSchedule.Resolve(choice, requestedPublishAt, entity.PublishedAt, now);
        }

        entity.UpdatedAt = now;
        entity.Version = expectedVersion + 1;

        var stored = content.WithPublishState(entity.IsPublished, entity.PublishedAt);
        var strategy = db.Database.CreateExecutionStrategy();
        try
        {
            await strategy.ExecuteAsync(async () =>
            {
                await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                await db.SaveChangesAsync(cancellationToken);
                // Also for new content: a slug that used to redirect elsewhere now belongs to this item.
                await revisions.MoveSlugAsync(ContentType, entity.Id, oldSlug, entity.Slug, oldWasPublic, cancellationToken);

                revisions.Add(ContentType, entity.Id, entity.Version, stored, summary);
                audit.Add(auditAction, $"{AuditName} {entity.Id}: {entity.Title}", summary);
                await db.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
            });
        }
        catch (DbUpdateConcurrencyException)
        {
            // Someone saved between our read and our write: the version check in the UPDATE refused ours.
            db.ChangeTracker.Clear();
            var current = await db.Set<TEntity>().AsNoTracking().Where(c => c.Id == entity.Id).Select(c => (int?)c.Version).FirstOrDefaultAsync(cancellationToken);
            return current is null ? new SaveOutcome(SaveStatus.NotFound) : await ConflictAsync(entity.Id, current.Value, cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The unique slug index refused a slug taken between our check and our write.
            if (await SlugTakenByOtherAsync(content.Slug, id, cancellationToken))
            {
                return new SaveOutcome(SaveStatus.SlugTaken);
            }

            throw;
        }

        return new SaveOutcome(SaveStatus.Saved, entity.Id, entity.Version);
    }

    public async Task<bool> DeleteAsync(int id, CancellationToken cancellationToken)
    {
        var entity = await db.Set<TEntity>().FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (entity is null)
        {
            return false;
        }

        db.Set<TEntity>().Remove(entity);
        audit.Add(AuditActions.ContentDeleted, $"{AuditName} {entity.Id}: {entity.Title}", $"Web address was {PublicPath(entity.Slug)}");
        await db.SaveChangesAsync(cancellationToken);
        await revisions.DeleteAllForAsync(ContentType, id, cancellationToken);
        return true;
    }

    private async Task<bool> SlugTakenByOtherAsync(string slug, int? id, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        return await db.Set<TEntity>().AnyAsync(c => c.Slug == slug && c.Id != (id ?? 0), cancellationToken);
    }

    private async Task<SaveOutcome> ConflictAsync(int id, int currentVersion, CancellationToken cancellationToken)
    {
        var contentType = ContentType;
        var latest = await db.ContentRevisions.AsNoTracking()
            .Where(r => r.ContentType == contentType && r.ContentId == id)
            .OrderByDescending(r => r.Id)
            .Select(r => new { r.UserEmail, r.CreatedAt })
            .FirstOrDefaultAsync(cancellationToken);
        return new SaveOutcome(SaveStatus.Conflict, id, currentVersion, latest?.UserEmail, latest?.CreatedAt);
    }
}
