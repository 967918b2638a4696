using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using PurePhysio.Web.Data;
using PurePhysio.Web.Domain;
using PurePhysio.Web.Features.Admin.Audit;
using PurePhysio.Web.Features.Search;

namespace PurePhysio.Web.Features.Admin.Content;

/// <summary>
/// Reads, saves and deletes one kind of content (described by its <see cref="ContentKind{TEntity}"/>) for
/// the admin area. A save is one transaction: version check, the changed fields, slug redirects, a
/// revision, an audit event and the search index. A delete removes the item, its revisions, its
/// redirects and its search document in one transaction.
/// </summary>
public sealed class ContentEditor<TEntity, TSnapshot>(
    ContentKind<TEntity> kind, ClinicDbContext db, RevisionStore revisions, AuditLog audit, ISearchIndexer search, ClinicTimeZone clinicZone, TimeProvider time)
    where TEntity : class, IVersionedContent
    where TSnapshot : IContentSnapshot<TSnapshot, TEntity>
{
    public ContentKind<TEntity> Kind => kind;

    public async Task<(TSnapshot Snapshot, int Version)?> FindAsync(int id, CancellationToken cancellationToken)
    {
        var entity = await kind.WithDetails(db.Set<TEntity>().AsNoTracking())
            .FirstOrDefaultAsync(x => x.Id == id, cancellationToken);
        return entity is null ? null : (TSnapshot.Of(entity), entity.Version);
    }

    public ValueTask<TimeZoneInfo> ClinicZoneAsync(CancellationToken cancellationToken) => clinicZone.GetAsync(cancellationToken);

    /// <summary>An empty form in the clinic's time zone.</summary>
    public async Task<TForm> NewFormAsync<TForm>(CancellationToken cancellationToken)
        where TForm : EditContentViewModel, new() =>
        new() { TimeZoneId = (await clinicZone.GetAsync(cancellationToken)).Id };

    /// <summary>The stored item as its edit form, or null when there is none.</summary>
    public async Task<TForm?> LoadFormAsync<TForm>(int id, Func<TSnapshot, TForm> toForm, CancellationToken cancellationToken)
        where TForm : EditContentViewModel
    {
        if (await FindAsync(id, cancellationToken) is not { } current)
        {
            return null;
        }

        var zone = await clinicZone.GetAsync(cancellationToken);
        var form = toForm(current.Snapshot);
        form.Id = id;
        form.Version = current.Version;
        form.Publish = current.Snapshot.IsPublished ? PublishChoice.Publish : PublishChoice.Draft;
        form.PublishAt = PublishSchedule.ToLocal(current.Snapshot.PublishedAt, zone);
        form.Status = PublishSchedule.StatusOf(current.Snapshot.IsPublished, current.Snapshot.PublishedAt, time.GetUtcNow());
        form.TimeZoneId = zone.Id;
        return form;
    }

    /// <summary>
    /// Saves a validated form (<paramref name="content"/> is what its feature's validation made of it; problems
    /// are already in <paramref name="errors"/>). The publishing fields every content form shares are checked here.
    /// </summary>
    public async Task<EditResult<TForm>> SaveFormAsync<TForm>(int? id, TForm form, TSnapshot content, ModelStateDictionary errors,
        CancellationToken cancellationToken)
        where TForm : EditContentViewModel
    {
        form.Id = id;
        var zone = await clinicZone.GetAsync(cancellationToken);
        form.TimeZoneId = zone.Id;
        DateTimeOffset? publishAt = null;
        if (form.PublishAt is { } local)
        {
            publishAt = PublishSchedule.ToUtc(local, zone);
            if (publishAt is null)
            {
                errors.AddModelError(nameof(form.PublishAt), "That time does not exist in the clinic's time zone (the clocks go forward). Choose another time.");
            }
        }

        if (!errors.IsValid)
        {
            return new EditResult<TForm>(EditStatus.Invalid, form);
        }

        var outcome = await SaveAsync(id, form.Version, content, form.Publish, publishAt, form.ChangeSummary?.Trim() ?? "",
            id is null ? AuditActions.ContentCreated : AuditActions.ContentUpdated, cancellationToken);
        switch (outcome.Status)
        {
            case SaveStatus.NotFound:
                return new EditResult<TForm>(EditStatus.NotFound, form);
            case SaveStatus.SlugTaken:
                // Every content form names its web address field "Slug".
                errors.AddModelError("Slug", $"Another {kind.Noun} already uses {kind.PublicPath(content.Slug)}. Choose a different web address.");
                return new EditResult<TForm>(EditStatus.Invalid, form);
            case SaveStatus.Conflict:
                var theirs = await FindAsync(outcome.Id, cancellationToken);
                form.Conflict = new ConflictViewModel(outcome.ConflictSavedBy ?? "someone", outcome.ConflictSavedAt ?? time.GetUtcNow(),
                    RevisionDiff.Lines(theirs?.Snapshot.ToReadableText() ?? "",
                        content.WithPublishState(form.Publish == PublishChoice.Publish, publishAt ?? theirs?.Snapshot.PublishedAt).ToReadableText()));
                // The form now carries the stored version: saving again is a deliberate choice to replace theirs.
                errors.Remove(nameof(form.Version));
                form.Version = outcome.Version;
                return new EditResult<TForm>(EditStatus.Conflict, form);
            default:
                return new EditResult<TForm>(EditStatus.Saved, form, outcome.Id, id is null ? $"The {kind.Noun} was created." : "Your changes were saved.");
        }
    }

    public Task<string?> FindSlugAsync(int id, CancellationToken cancellationToken) =>
        db.Set<TEntity>().AsNoTracking().Where(x => x.Id == id).Select(x => x.Slug).FirstOrDefaultAsync(cancellationToken);

    public Task<IReadOnlyList<RevisionListItem>> ListRevisionsAsync(int id, CancellationToken cancellationToken) =>
        revisions.ListAsync(kind.ContentType, id, cancellationToken);

    public Task<(RevisionListItem Item, TSnapshot Snapshot)?> FindRevisionAsync(int id, long revisionId, CancellationToken cancellationToken) =>
        revisions.FindAsync<TSnapshot>(kind.ContentType, id, revisionId, cancellationToken);

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
            entity = kind.NewEntity();
            entity.CreatedAt = now;
            db.Set<TEntity>().Add(entity);
        }
        else
        {
            entity = await kind.WithDetails(db.Set<TEntity>()).FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
            if (entity is null)
            {
                return new SaveOutcome(SaveStatus.NotFound);
            }

            if (entity.Version != expectedVersion)
            {
                return await ConflictAsync(entity.Id, entity.Version, cancellationToken);
            }

            await revisions.AddBaselineIfNoneAsync(kind.ContentType, entity.Id, entity.Version, TSnapshot.Of(entity), entity.UpdatedAt, cancellationToken);
        }

        var oldSlug = entity.Slug;
        var oldWasPublic = id is not null && PublishSchedule.StatusOf(entity.IsPublished, entity.PublishedAt, now) == ContentStatus.Published;

        content.ApplyTo(entity);
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
                using (SearchIndexInterceptor.LeaveIndexingToCaller(db))
                {
                    // The first save gives new content its id; the version check runs in its UPDATE.
                    await db.SaveChangesAsync(cancellationToken);

                    // Also for new content: a slug that used to redirect elsewhere now belongs to this item.
                    await revisions.MoveSlugAsync(kind.ContentType, entity.Id, oldSlug, entity.Slug, oldWasPublic, cancellationToken);
                    revisions.Add(kind.ContentType, entity.Id, entity.Version, stored, summary);
                    audit.Add(auditAction, $"{kind.AuditName} {entity.Id}: {entity.Title}", summary);
                    await db.SaveChangesAsync(cancellationToken);

                    await ReindexAsync(entity.Id, cancellationToken);
                }

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

    /// <summary>Removes the item, its revisions, its slug redirects and its search document together, or nothing.</summary>
    public async Task<bool> DeleteAsync(int id, CancellationToken cancellationToken)
    {
        var entity = await db.Set<TEntity>().FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (entity is null)
        {
            return false;
        }

        var strategy = db.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            using (SearchIndexInterceptor.LeaveIndexingToCaller(db))
            {
                await revisions.DeleteAllForAsync(kind.ContentType, id, cancellationToken);
                db.Set<TEntity>().Remove(entity);
                audit.Add(AuditActions.ContentDeleted, $"{kind.AuditName} {entity.Id}: {entity.Title}", $"Web address was {kind.PublicPath(entity.Slug)}");
                await db.SaveChangesAsync(cancellationToken);
                await search.RemoveAsync(kind.SearchKind, id, cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
        });
        return true;
    }

    private Task ReindexAsync(int id, CancellationToken cancellationToken) =>
        kind.SearchKind == SearchDocumentKind.Condition
            ? search.IndexConditionAsync(id, cancellationToken)
            : search.IndexPageAsync(id, cancellationToken);

    private async Task<bool> SlugTakenByOtherAsync(string slug, int? id, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        return await db.Set<TEntity>().AnyAsync(c => c.Slug == slug && c.Id != (id ?? 0), cancellationToken);
    }

    private async Task<SaveOutcome> ConflictAsync(int id, int currentVersion, CancellationToken cancellationToken)
    {
        var contentType = kind.ContentType;
        var latest = await db.ContentRevisions.AsNoTracking()
            .Where(r => r.ContentType == contentType && r.ContentId == id)
            .OrderByDescending(r => r.Id)
            .Select(r => new { r.UserEmail, r.CreatedAt })
            .FirstOrDefaultAsync(cancellationToken);
        return new SaveOutcome(SaveStatus.Conflict, id, currentVersion, latest?.UserEmail, latest?.CreatedAt);
    }
}
