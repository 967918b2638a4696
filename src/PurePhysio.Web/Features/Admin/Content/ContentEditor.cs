using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using PurePhysio.Web.Data;
using PurePhysio.Web.Domain;
using PurePhysio.Web.Features.Admin.Audit;
using PurePhysio.Web.Features.Search;

namespace PurePhysio.Web.Features.Admin.Content;

/// <summary>
/// Reads, saves and deletes one kind of content (described by its <see cref="ContentKind{TEntity}"/>) for
/// the admin area. Changes to an item patients can see are kept as its draft (<see cref="ContentDraft"/>)
/// until the draft is published, now or at a chosen time. A save of the item itself is one transaction:
/// version check, the changed fields, slug redirects, a revision, an audit event and the search index.
/// A delete removes the item, its revisions, its draft, its redirects and its search document in one transaction.
/// </summary>
public sealed class ContentEditor<TEntity, TSnapshot>(
    ContentKind<TEntity> kind, ClinicDbContext db, RevisionStore revisions, AuditLog audit, ISearchIndexer search, ClinicTimeZone clinicZone, TimeProvider time,
    IHttpContextAccessor http, Clinic.ClinicProfileCache profiles, PictureChoices pictures) : IScheduledDrafts
    where TEntity : class, IVersionedContent
    where TSnapshot : class, IContentSnapshot<TSnapshot, TEntity>
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
        where TForm : EditContentViewModel, new()
    {
        var form = new TForm();
        await DescribeAsync(form, cancellationToken);
        return form;
    }

    /// <summary>The stored item as its edit form (its draft, when it has one), or null when there is none.</summary>
    public async Task<TForm?> LoadFormAsync<TForm>(int id, Func<TSnapshot, TForm> toForm, CancellationToken cancellationToken)
        where TForm : EditContentViewModel
    {
        if (await FindAsync(id, cancellationToken) is not { } current)
        {
            return null;
        }

        var draft = await FindDraftAsync(id, cancellationToken);
        var form = toForm(ContentOf(draft) ?? current.Snapshot);
        form.Id = id;
        form.Version = current.Version;
        form.DraftVersion = draft?.Version ?? 0;
        // Saving is a draft unless staff choose to publish: a live page never changes by accident.
        form.Publish = PublishChoice.Draft;
        await DescribeAsync(form, current, draft, cancellationToken);
        form.PublishAt = PublishSchedule.ToLocal(draft?.PublishAt ?? current.Snapshot.PublishedAt, await clinicZone.GetAsync(cancellationToken));
        return form;
    }

    /// <summary>What the form shows beside the fields: the live status, and the draft with its differences from the live version.</summary>
    private async Task DescribeAsync(EditContentViewModel form, (TSnapshot Snapshot, int Version) current, ContentDraft? draft, CancellationToken cancellationToken)
    {
        var zone = await clinicZone.GetAsync(cancellationToken);
        form.TimeZoneId = zone.Id;
        form.Status = PublishSchedule.StatusOf(current.Snapshot.IsPublished, current.Snapshot.PublishedAt, time.GetUtcNow());
        form.HasLiveVersion = current.Snapshot.IsPublished;
        form.NeedsApproval = await NeedsApprovalAsync(cancellationToken);
        form.PictureChoices = await pictures.ListAsync(form.ImageId, cancellationToken);
        form.Draft = draft is null
            ? null
            : new DraftViewModel(draft.Version, draft.AuthorEmail, draft.UpdatedAt, draft.PublishAt, draft.Summary,
                ContentOf(draft) is { } content ? RevisionDiff.Lines(current.Snapshot.ToReadableText(), content.ToReadableText()) : [])
            {
                ReviewStatus = draft.ReviewStatus,
                ReviewedByEmail = draft.ReviewedByEmail,
                ReviewedAt = draft.ReviewedAt,
                ReviewComment = draft.ReviewComment,
            };
    }

    /// <summary>Fills in what a new form, or one shown again (with problems or a conflict), shows beside its fields.</summary>
    public async Task DescribeAsync(EditContentViewModel form, CancellationToken cancellationToken)
    {
        if (form.Id is { } id && await FindAsync(id, cancellationToken) is { } current)
        {
            await DescribeAsync(form, current, await FindDraftAsync(id, cancellationToken), cancellationToken);
        }
        else
        {
            form.TimeZoneId = (await clinicZone.GetAsync(cancellationToken)).Id;
            form.NeedsApproval = await NeedsApprovalAsync(cancellationToken);
            form.PictureChoices = await pictures.ListAsync(form.ImageId, cancellationToken);
        }
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
            await DescribeAsync(form, cancellationToken);
            return new EditResult<TForm>(EditStatus.Invalid, form);
        }

        var outcome = await SaveAsync(id, form.Version, form.DraftVersion, content, form.Publish, publishAt, form.ChangeSummary?.Trim() ?? "",
            id is null ? AuditActions.ContentCreated : AuditActions.ContentUpdated, cancellationToken);
        switch (outcome.Status)
        {
            case SaveStatus.NotFound:
                return new EditResult<TForm>(EditStatus.NotFound, form);
            case SaveStatus.NeedsApproval:
                errors.AddModelError(nameof(form.Publish), NeedsApprovalMessage);
                await DescribeAsync(form, cancellationToken);
                return new EditResult<TForm>(EditStatus.NeedsApproval, form);
            case SaveStatus.SlugTaken:
                // Every content form names its web address field "Slug".
                errors.AddModelError("Slug", $"Another {kind.Noun} already uses {kind.PublicPath(content.Slug)}. Choose a different web address.");
                await DescribeAsync(form, cancellationToken);
                return new EditResult<TForm>(EditStatus.Invalid, form);
            case SaveStatus.Conflict:
                var theirs = await FindAsync(outcome.Id, cancellationToken);
                var theirDraft = ContentOf(await FindDraftAsync(outcome.Id, cancellationToken));
                var theirContent = theirDraft ?? theirs?.Snapshot;
                form.Conflict = new ConflictViewModel(outcome.ConflictSavedBy ?? "someone", outcome.ConflictSavedAt ?? time.GetUtcNow(),
                    RevisionDiff.Lines(theirContent?.ToReadableText() ?? "",
                        content.WithPublishState(theirContent?.IsPublished ?? false, theirContent?.PublishedAt).ToReadableText()));
                // The form now carries the stored versions: saving again is a deliberate choice to replace theirs.
                errors.Remove(nameof(form.Version));
                errors.Remove(nameof(form.DraftVersion));
                form.Version = outcome.Version;
                form.DraftVersion = outcome.DraftVersion;
                await DescribeAsync(form, cancellationToken);
                return new EditResult<TForm>(EditStatus.Conflict, form);
            default:
                return new EditResult<TForm>(EditStatus.Saved, form, outcome.Id, await SavedMessageAsync(id is null, outcome, cancellationToken));
        }
    }

    public string NeedsApprovalMessage =>
        $"This {kind.PublicNoun} needs a clinician's approval before patients see it. Save it as a draft and submit it for review; once a Clinician approves it, publish it.";

    private async Task<string> SavedMessageAsync(bool created, SaveOutcome outcome, CancellationToken cancellationToken)
    {
        switch (outcome.SavedAs)
        {
            case SavedAs.Draft:
                return "Your draft was saved. Patients still see the published version until you publish it.";
            case SavedAs.ScheduledDraft:
                var at = (await FindDraftAsync(outcome.Id, cancellationToken))?.PublishAt;
                var zone = await clinicZone.GetAsync(cancellationToken);
                return $"Your draft was saved and will be published at {PublishSchedule.ToLocal(at, zone):d MMMM yyyy, HH:mm} (clinic time). Until then patients see the published version.";
        }

        return created ? $"The {kind.Noun} was created." : "Your changes were saved.";
    }

    public Task<string?> FindSlugAsync(int id, CancellationToken cancellationToken) =>
        db.Set<TEntity>().AsNoTracking().Where(x => x.Id == id).Select(x => x.Slug).FirstOrDefaultAsync(cancellationToken);

    public Task<IReadOnlyList<RevisionListItem>> ListRevisionsAsync(int id, CancellationToken cancellationToken) =>
        revisions.ListAsync(kind.ContentType, id, cancellationToken);

    public Task<(RevisionListItem Item, TSnapshot Snapshot)?> FindRevisionAsync(int id, long revisionId, CancellationToken cancellationToken) =>
        revisions.FindAsync<TSnapshot>(kind.ContentType, id, revisionId, cancellationToken);

    /// <summary>
    /// Saves content. An item patients can see (or that is scheduled) keeps its live version: a draft choice, or
    /// publishing at a later time, stores the content as its draft beside it. Otherwise the item itself changes
    /// (a new or unpublished item, or publishing now), and any draft is used up.
    /// </summary>
    public async Task<SaveOutcome> SaveAsync(int? id, int expectedVersion, int expectedDraftVersion, TSnapshot content, PublishChoice publish,
        DateTimeOffset? requestedPublishAt, string summary, string auditAction, CancellationToken cancellationToken)
    {
        if (await db.Set<TEntity>().AnyAsync(c => c.Slug == content.Slug && c.Id != (id ?? 0), cancellationToken))
        {
            return new SaveOutcome(SaveStatus.SlugTaken);
        }

        var now = time.GetUtcNow();
        TEntity? entity;
        ContentDraft? draft = null;
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

            draft = await TrackedDraftAsync(entity.Id, cancellationToken);
            if ((draft?.Version ?? 0) != expectedDraftVersion)
            {
                return DraftConflict(entity, draft);
            }

            var isLive = IsLive(entity, now);
            if (entity.IsPublished && (publish == PublishChoice.Draft || (requestedPublishAt > now && isLive)))
            {
                if (publish == PublishChoice.Publish && await NeedsApprovalAsync(cancellationToken))
                {
                    return new SaveOutcome(SaveStatus.NeedsApproval, entity.Id, entity.Version);
                }

                return await SaveDraftAsync(entity, draft, content, publish == PublishChoice.Publish ? requestedPublishAt : null, summary,
                    auditAction == AuditActions.ContentRestored ? auditAction : null, cancellationToken);
            }

            await revisions.AddBaselineIfNoneAsync(kind.ContentType, entity.Id, entity.Version, TSnapshot.Of(entity), entity.UpdatedAt, cancellationToken);
        }

        // Content from a form has not been reviewed: where approval is needed it is saved as a draft and submitted.
        if (publish == PublishChoice.Publish && await NeedsApprovalAsync(cancellationToken))
        {
            db.ChangeTracker.Clear();
            return new SaveOutcome(SaveStatus.NeedsApproval, entity.Id, entity.Version);
        }

        var oldSlug = entity.Slug;
        var oldWasPublic = id is not null && IsLive(entity, now);

        content.ApplyTo(entity);
        (entity.IsPublished, entity.PublishedAt) = PublishSchedule.Resolve(publish, requestedPublishAt, entity.PublishedAt, now);
        entity.UpdatedAt = now;
        entity.Version = expectedVersion + 1;
        if (draft is not null)
        {
            // The item itself now holds this content: the draft has been used up (or overtaken).
            db.ContentDrafts.Remove(draft);
        }

        var (userId, email) = CurrentUser();
        var action = entity.IsPublished && id is not null && auditAction == AuditActions.ContentUpdated ? AuditActions.ContentPublished : auditAction;
        return await WriteItemAsync(entity, oldSlug, oldWasPublic, content.WithPublishState(entity.IsPublished, entity.PublishedAt), summary, action,
            userId, email, claim: null, cancellationToken);
    }

    /// <summary>The draft's content, or null when there is no draft beside a live version.</summary>
    public TSnapshot? ContentOf(ContentDraft? draft) =>
        draft?.Snapshot is { } json
            ? JsonSerializer.Deserialize<TSnapshot>(json, RevisionStore.Json) ?? throw new InvalidOperationException($"Draft {draft.Id} has an empty snapshot.")
            : default;

    public Task<ContentDraft?> FindDraftAsync(int id, CancellationToken cancellationToken)
    {
        var contentType = kind.ContentType;
        return db.ContentDrafts.AsNoTracking().FirstOrDefaultAsync(d => d.ContentType == contentType && d.ContentId == id, cancellationToken);
    }

    /// <summary>Whether publishing this kind of content needs an approval (the clinic's setting, for conditions).</summary>
    public async Task<bool> NeedsApprovalAsync(CancellationToken cancellationToken) =>
        kind.MayNeedApproval && !((await profiles.GetAsync(cancellationToken)).Settings?.PublishConditionsWithoutApproval ?? false);

    /// <summary>
    /// Publishes the stored draft (or an unpublished item as it is): now, or at <paramref name="requestedPublishAt"/>;
    /// a draft of a live item is then published by the site itself (<see cref="PublishDueAsync"/>). Where approval is
    /// needed, only approved content is published.
    /// </summary>
    public async Task<SaveOutcome> PublishDraftAsync(int id, int expectedDraftVersion, DateTimeOffset? requestedPublishAt, CancellationToken cancellationToken)
    {
        var entity = await kind.WithDetails(db.Set<TEntity>()).FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        var draft = entity is null ? null : await TrackedDraftAsync(id, cancellationToken);
        if (entity is null || (draft?.Snapshot is null && entity.IsPublished))
        {
            return new SaveOutcome(SaveStatus.NotFound);
        }

        if ((draft?.Version ?? 0) != expectedDraftVersion)
        {
            return DraftConflict(entity, draft);
        }

        var approval = draft is { ReviewStatus: ReviewStatus.Approved } ? await ApprovalOfAsync(draft, cancellationToken) : null;
        if (approval is null && await NeedsApprovalAsync(cancellationToken))
        {
            return new SaveOutcome(SaveStatus.NeedsApproval, entity.Id, entity.Version);
        }

        var now = time.GetUtcNow();
        var (userId, email) = CurrentUser();
        if (draft?.Snapshot is null)
        {
            // An unpublished item goes live as it is (its row is the working copy); a future time schedules it.
            await revisions.AddBaselineIfNoneAsync(kind.ContentType, entity.Id, entity.Version, TSnapshot.Of(entity), entity.UpdatedAt, cancellationToken);
            (entity.IsPublished, entity.PublishedAt) = PublishSchedule.Resolve(PublishChoice.Publish, requestedPublishAt, entity.PublishedAt, now);
            if (approval is not null)
            {
                kind.RecordApproval?.Invoke(entity, approval);
            }

            entity.UpdatedAt = now;
            entity.Version++;
            (long Id, int Version)? reviewRow = draft is null ? null : (draft.Id, draft.Version);
            if (draft is not null)
            {
                db.Entry(draft).State = EntityState.Detached;
            }

            return await WriteItemAsync(entity, entity.Slug, false, TSnapshot.Of(entity), "Published", AuditActions.ContentPublished, userId, email,
                claim: reviewRow is not { } row ? null : async () =>
                    await db.ContentDrafts.Where(d => d.Id == row.Id && d.Version == row.Version).ExecuteDeleteAsync(cancellationToken) == 1,
                cancellationToken);
        }

        if (requestedPublishAt > now && IsLive(entity, now))
        {
            draft.PublishAt = requestedPublishAt;
            draft.Version++;
            audit.Add(AuditActions.DraftScheduled, Target(entity), $"To be published at {requestedPublishAt:yyyy-MM-dd HH:mm} UTC");
            return await SaveDraftRowAsync(entity, draft, SavedAs.ScheduledDraft, cancellationToken);
        }

        return await ApplyDraftAsync(entity, draft, now, userId, email, dueOnly: false, approval, cancellationToken);
    }

    /// <summary>The approval recorded on a draft, as the item will show it.</summary>
    private async Task<Approval?> ApprovalOfAsync(ContentDraft draft, CancellationToken cancellationToken)
    {
        if (draft.ReviewStatus != ReviewStatus.Approved || draft.ReviewedAt is not { } at)
        {
            return null;
        }

        var reviewer = await db.Users.AsNoTracking().Where(u => u.Id == draft.ReviewedByUserId)
            .Select(u => new { u.DisplayName, u.PractitionerId })
            .FirstOrDefaultAsync(cancellationToken);
        var zone = await clinicZone.GetAsync(cancellationToken);
        var name = string.IsNullOrWhiteSpace(reviewer?.DisplayName) ? draft.ReviewedByEmail : reviewer.DisplayName;
        return new Approval(name.Length > Condition.ReviewedByNameMaxLength ? name[..Condition.ReviewedByNameMaxLength] : name, reviewer?.PractitionerId,
            DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, zone).DateTime));
    }

    /// <summary>Throws the draft away; the live version (or the unpublished item) stays as it is.</summary>
    public async Task<SaveOutcome> DiscardDraftAsync(int id, int expectedDraftVersion, CancellationToken cancellationToken)
    {
        var entity = await db.Set<TEntity>().AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        var draft = entity is null ? null : await TrackedDraftAsync(id, cancellationToken);
        if (entity is null || draft is null)
        {
            return new SaveOutcome(SaveStatus.NotFound);
        }

        if (draft.Version != expectedDraftVersion)
        {
            return DraftConflict(entity, draft);
        }

        db.ContentDrafts.Remove(draft);
        audit.Add(AuditActions.DraftDiscarded, Target(entity), $"Draft by {draft.AuthorEmail} of {draft.UpdatedAt:yyyy-MM-dd HH:mm} UTC");
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return DraftConflict(entity, await FindDraftAsync(id, cancellationToken));
        }

        return new SaveOutcome(SaveStatus.Saved, entity.Id, entity.Version);
    }

    /// <summary>
    /// Takes a published item off the site (its own action: saving a draft never does). A scheduled draft is no
    /// longer scheduled, so the item does not come back by itself.
    /// </summary>
    public async Task<SaveOutcome> UnpublishAsync(int id, int expectedVersion, CancellationToken cancellationToken)
    {
        var entity = await kind.WithDetails(db.Set<TEntity>()).FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (entity is null)
        {
            return new SaveOutcome(SaveStatus.NotFound);
        }

        if (entity.Version != expectedVersion)
        {
            return await ConflictAsync(entity.Id, entity.Version, cancellationToken);
        }

        if (!entity.IsPublished)
        {
            return new SaveOutcome(SaveStatus.Saved, entity.Id, entity.Version);
        }

        var now = time.GetUtcNow();
        await revisions.AddBaselineIfNoneAsync(kind.ContentType, entity.Id, entity.Version, TSnapshot.Of(entity), entity.UpdatedAt, cancellationToken);
        var wasPublic = IsLive(entity, now);
        entity.IsPublished = false;
        entity.UpdatedAt = now;
        entity.Version++;
        if (await TrackedDraftAsync(entity.Id, cancellationToken) is { PublishAt: not null } draft)
        {
            draft.PublishAt = null;
        }

        var (userId, email) = CurrentUser();
        return await WriteItemAsync(entity, entity.Slug, wasPublic, TSnapshot.Of(entity), "Unpublished", AuditActions.ContentUnpublished, userId, email,
            claim: null, cancellationToken);
    }

    /// <summary>
    /// Publishes every scheduled draft of this kind whose time has come. Each is claimed by deleting its row in the
    /// publishing transaction, so with several instances (or requests) each draft is published exactly once.
    /// </summary>
    public async Task<int> PublishDueAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var contentType = kind.ContentType;
        var due = await db.ContentDrafts.AsNoTracking()
            .Where(d => d.ContentType == contentType && d.PublishAt != null && d.PublishAt <= now)
            .OrderBy(d => d.PublishAt)
            .ToListAsync(cancellationToken);
        var published = 0;
        foreach (var draft in due)
        {
            db.ChangeTracker.Clear();
            var entity = await kind.WithDetails(db.Set<TEntity>()).FirstOrDefaultAsync(c => c.Id == draft.ContentId, cancellationToken);
            if (entity is null || draft.Snapshot is null)
            {
                continue;
            }

            var outcome = await ApplyDraftAsync(entity, draft, now, draft.AuthorUserId, draft.AuthorEmail, dueOnly: true,
                await ApprovalOfAsync(draft, cancellationToken), cancellationToken);
            if (outcome.Status == SaveStatus.Saved)
            {
                published++;
            }
            else if (outcome.Status == SaveStatus.SlugTaken)
            {
                // It cannot go live as it is: staff must choose another address. Unscheduled, so it is not tried on every request.
                db.ChangeTracker.Clear();
                if (await TrackedDraftAsync(draft.ContentId, cancellationToken) is { PublishAt: not null } stuck)
                {
                    stuck.PublishAt = null;
                    audit.Add(AuditActions.DraftScheduleFailed, Target(entity), "Its web address now belongs to another item", draft.AuthorEmail, draft.AuthorUserId);
                    await db.SaveChangesAsync(cancellationToken);
                }
            }
        }

        db.ChangeTracker.Clear();
        return published;
    }

    private async Task<SaveOutcome> ApplyDraftAsync(TEntity entity, ContentDraft draft, DateTimeOffset now, string? userId, string email, bool dueOnly,
        Approval? approval, CancellationToken cancellationToken)
    {
        var content = ContentOf(draft)!;
        if (await db.Set<TEntity>().AnyAsync(c => c.Slug == content.Slug && c.Id != entity.Id, cancellationToken))
        {
            return new SaveOutcome(SaveStatus.SlugTaken, entity.Id, entity.Version);
        }

        if (db.Entry(draft).State != EntityState.Detached)
        {
            db.Entry(draft).State = EntityState.Detached;
        }

        await revisions.AddBaselineIfNoneAsync(kind.ContentType, entity.Id, entity.Version, TSnapshot.Of(entity), entity.UpdatedAt, cancellationToken);
        var oldSlug = entity.Slug;
        var oldWasPublic = IsLive(entity, now);
        content.ApplyTo(entity);
        (entity.IsPublished, entity.PublishedAt) = PublishSchedule.Resolve(PublishChoice.Publish, null, entity.PublishedAt, now);
        if (approval is not null)
        {
            kind.RecordApproval?.Invoke(entity, approval);
        }

        entity.UpdatedAt = now;
        entity.Version++;

        var draftId = draft.Id;
        var draftVersion = draft.Version;
        var summary = string.IsNullOrEmpty(draft.Summary) ? "Published the draft" : draft.Summary;
        return await WriteItemAsync(entity, oldSlug, oldWasPublic, TSnapshot.Of(entity), summary,
            AuditActions.ContentPublished, userId, email,
            claim: async () =>
            {
                // Whoever deletes the row publishes it; anyone else (another instance, a second click) finds nothing.
                var claimed = await db.ContentDrafts
                    .Where(d => d.Id == draftId && d.Version == draftVersion && (!dueOnly || (d.PublishAt != null && d.PublishAt <= now)))
                    .ExecuteDeleteAsync(cancellationToken);
                return claimed == 1;
            },
            cancellationToken);
    }

    private async Task<SaveOutcome> SaveDraftAsync(TEntity entity, ContentDraft? draft, TSnapshot content, DateTimeOffset? publishAt, string summary,
        string? auditAction, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (draft is null)
        {
            draft = new ContentDraft { ContentType = kind.ContentType, ContentId = entity.Id, CreatedAt = now };
            db.ContentDrafts.Add(draft);
        }

        var (userId, email) = CurrentUser();
        draft.Snapshot = JsonSerializer.Serialize(content.WithPublishState(entity.IsPublished, entity.PublishedAt), RevisionStore.Json);
        draft.UpdatedAt = now;
        draft.AuthorUserId = userId;
        draft.AuthorEmail = email;
        draft.Summary = summary.Length > ContentDraft.SummaryMaxLength ? summary[..ContentDraft.SummaryMaxLength] : summary;
        draft.PublishAt = publishAt;
        draft.Version++;
        // What a reviewer approved was other content.
        draft.ReviewStatus = ReviewStatus.None;
        draft.SubmittedAt = null;
        draft.SubmittedByUserId = null;
        draft.SubmittedByEmail = "";
        draft.ReviewedAt = null;
        draft.ReviewedByUserId = null;
        draft.ReviewedByEmail = "";
        draft.ReviewComment = "";
        audit.Add(auditAction ?? (publishAt is null ? AuditActions.DraftSaved : AuditActions.DraftScheduled), Target(entity),
            publishAt is null ? summary : $"To be published at {publishAt:yyyy-MM-dd HH:mm} UTC. {summary}");
        return await SaveDraftRowAsync(entity, draft, publishAt is null ? SavedAs.Draft : SavedAs.ScheduledDraft, cancellationToken);
    }

    private async Task<SaveOutcome> SaveDraftRowAsync(TEntity entity, ContentDraft draft, SavedAs savedAs, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another editor saved or started the draft at the same moment (version token or the one-draft index).
            db.ChangeTracker.Clear();
            return DraftConflict(entity, await FindDraftAsync(entity.Id, cancellationToken));
        }

        return new SaveOutcome(SaveStatus.Saved, entity.Id, entity.Version) { SavedAs = savedAs, DraftVersion = draft.Version };
    }

    /// <summary>
    /// Writes the item in one transaction: the change (version check in its UPDATE), slug redirects, the revision,
    /// the audit event and the search index. <paramref name="claim"/> runs first in the transaction; false abandons the save.
    /// </summary>
    private async Task<SaveOutcome> WriteItemAsync(TEntity entity, string oldSlug, bool oldWasPublic, TSnapshot stored, string summary, string auditAction,
        string? userId, string email, Func<Task<bool>>? claim, CancellationToken cancellationToken)
    {
        var isNew = db.Entry(entity).State == EntityState.Added;
        var strategy = db.Database.CreateExecutionStrategy();
        try
        {
            var done = await strategy.ExecuteAsync(async () =>
            {
                await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                if (claim is not null && !await claim())
                {
                    await transaction.RollbackAsync(cancellationToken);
                    return false;
                }

                using (SearchIndexInterceptor.LeaveIndexingToCaller(db))
                {
                    // The first save gives new content its id; the version check runs in its UPDATE.
                    await db.SaveChangesAsync(cancellationToken);

                    // Also for new content: a slug that used to redirect elsewhere now belongs to this item.
                    await revisions.MoveSlugAsync(kind.ContentType, entity.Id, oldSlug, entity.Slug, oldWasPublic, cancellationToken);
                    revisions.AddAs(kind.ContentType, entity.Id, entity.Version, stored, summary, userId, email);
                    audit.Add(auditAction, Target(entity), summary, email, userId);
                    await db.SaveChangesAsync(cancellationToken);

                    await ReindexAsync(entity.Id, cancellationToken);
                }

                await transaction.CommitAsync(cancellationToken);
                return true;
            });
            if (!done)
            {
                db.ChangeTracker.Clear();
                return new SaveOutcome(SaveStatus.Conflict, entity.Id, entity.Version - 1);
            }
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
            if (await SlugTakenByOtherAsync(entity.Slug, isNew ? null : entity.Id, cancellationToken))
            {
                return new SaveOutcome(SaveStatus.SlugTaken);
            }

            throw;
        }

        return new SaveOutcome(SaveStatus.Saved, entity.Id, entity.Version);
    }

    private static bool IsLive(TEntity entity, DateTimeOffset now) =>
        PublishSchedule.StatusOf(entity.IsPublished, entity.PublishedAt, now) == ContentStatus.Published;

    private string Target(TEntity entity) => $"{kind.AuditName} {entity.Id}: {entity.Title}";

    private Task<ContentDraft?> TrackedDraftAsync(int id, CancellationToken cancellationToken)
    {
        var contentType = kind.ContentType;
        return db.ContentDrafts.FirstOrDefaultAsync(d => d.ContentType == contentType && d.ContentId == id, cancellationToken);
    }

    private (string? UserId, string Email) CurrentUser()
    {
        var user = http.HttpContext?.User;
        return (user?.FindFirstValue(ClaimTypes.NameIdentifier), user?.Identity?.Name ?? "");
    }

    private static SaveOutcome DraftConflict(TEntity entity, ContentDraft? draft) =>
        new(SaveStatus.Conflict, entity.Id, entity.Version, draft?.AuthorEmail ?? "someone", draft?.UpdatedAt) { DraftVersion = draft?.Version ?? 0 };

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
