using PurePhysio.Web.Domain;
using PurePhysio.Web.Features.Admin.Audit;

namespace PurePhysio.Web.Features.Admin.Content;

/// <summary>
/// The actions conditions and pages share beside editing: delete (with its confirmation), history,
/// the difference between two versions, and restoring one. Each returns what the page shows, or
/// null when the item or revision does not exist.
/// </summary>
public sealed class ContentHistory<TEntity, TSnapshot>(ContentEditor<TEntity, TSnapshot> editor, TimeProvider time)
    where TEntity : class, IVersionedContent
    where TSnapshot : class, IContentSnapshot<TSnapshot, TEntity>
{
    private ContentKind<TEntity> Kind => editor.Kind;

    public async Task<DeleteViewModel?> ConfirmDeleteAsync(int id, CancellationToken cancellationToken) =>
        await editor.FindAsync(id, cancellationToken) is not { } current
            ? null
            : new DeleteViewModel($"Delete “{current.Snapshot.Title}”?",
                $"The {Kind.PublicNoun} at {Kind.PublicPath(current.Snapshot.Slug)} and its history will be removed for good. Patients following a link to it will see “page not found”.",
                Kind.AdminController, id);

    /// <summary>The confirmation for staff, or null when there was nothing to delete.</summary>
    public async Task<string?> DeleteAsync(int id, CancellationToken cancellationToken) =>
        await editor.DeleteAsync(id, cancellationToken) ? $"The {Kind.Noun} was deleted." : null;

    public async Task<HistoryViewModel?> HistoryAsync(int id, CancellationToken cancellationToken) =>
        await editor.FindAsync(id, cancellationToken) is not { } current
            ? null
            : new HistoryViewModel(current.Snapshot.Title, Kind.AdminController, id, current.Version,
                await editor.ListRevisionsAsync(id, cancellationToken));

    public async Task<DiffViewModel?> DiffAsync(int id, long from, long to, CancellationToken cancellationToken)
    {
        var older = await editor.FindRevisionAsync(id, from, cancellationToken);
        var newer = await editor.FindRevisionAsync(id, to, cancellationToken);
        return older is not { } a || newer is not { } b
            ? null
            : new DiffViewModel(b.Snapshot.Title, Kind.AdminController, id, a.Item, b.Item,
                RevisionDiff.Lines(a.Snapshot.ToReadableText(), b.Snapshot.ToReadableText()));
    }

    /// <summary>
    /// Brings back an earlier revision's content. For an item patients can see it becomes the draft (to check and
    /// publish like any other change; refused while another draft exists, so no one's draft is overwritten);
    /// an unpublished item takes it at once as a new revision. Returns the message for staff, or null when the
    /// item or revision does not exist.
    /// </summary>
    public async Task<string?> RestoreAsync(int id, long revisionId, CancellationToken cancellationToken)
    {
        var revision = await editor.FindRevisionAsync(id, revisionId, cancellationToken);
        var found = await editor.FindAsync(id, cancellationToken);
        if (revision is not { } r || found is not { } current)
        {
            return null;
        }

        var draft = await editor.FindDraftAsync(id, cancellationToken);
        if (current.Snapshot.IsPublished && draft?.Snapshot is not null)
        {
            return $"Version {r.Item.Version} was not restored: there is already a draft (saved by {draft.AuthorEmail}). Publish or discard it first.";
        }

        var outcome = await editor.SaveAsync(id, current.Version, draft?.Version ?? 0, r.Snapshot, PublishChoice.Draft, requestedPublishAt: null,
            $"Restored version {r.Item.Version}", AuditActions.ContentRestored, cancellationToken);
        return outcome.Status switch
        {
            SaveStatus.SlugTaken =>
                $"Version {r.Item.Version} cannot be restored: its web address {Kind.PublicPath(r.Snapshot.Slug)} now belongs to another {Kind.Noun}.",
            SaveStatus.Saved when outcome.SavedAs == SavedAs.Draft =>
                $"Version {r.Item.Version} is now the draft. Patients see the published version until you publish it.",
            SaveStatus.Saved => $"Version {r.Item.Version} was restored as version {outcome.Version}.",
            _ => $"Someone saved this {Kind.Noun} at the same moment; nothing was restored. Please try again.",
        };
    }

    /// <summary>Publishes the draft now, or schedules it (local clinic time); the message for staff, or null when there is no draft.</summary>
    public async Task<ContentActionResult?> PublishDraftAsync(int id, int draftVersion, DateTime? publishAtLocal, CancellationToken cancellationToken)
    {
        var zone = await editor.ClinicZoneAsync(cancellationToken);
        DateTimeOffset? at = null;
        if (publishAtLocal is { } local)
        {
            at = PublishSchedule.ToUtc(local, zone);
            if (at is null)
            {
                return new ContentActionResult("That time does not exist in the clinic's time zone (the clocks go forward). Nothing was published; choose another time.");
            }
        }

        var outcome = await editor.PublishDraftAsync(id, draftVersion, at, cancellationToken);
        return outcome.Status switch
        {
            SaveStatus.NotFound => null,
            SaveStatus.NeedsApproval => new ContentActionResult(editor.NeedsApprovalMessage, Refused: true),
            SaveStatus.SlugTaken => new ContentActionResult($"The draft cannot be published: its web address now belongs to another {Kind.Noun}. Change it in the draft first."),
            SaveStatus.Conflict => new ContentActionResult($"The draft changed since you opened it (saved by {outcome.ConflictSavedBy}). Nothing was published; look at it again."),
            _ when outcome.SavedAs == SavedAs.ScheduledDraft =>
                new ContentActionResult($"The draft will be published at {PublishSchedule.ToLocal(at, zone):d MMMM yyyy, HH:mm} (clinic time)."),
            _ when at > time.GetUtcNow() => new ContentActionResult($"It will be published at {PublishSchedule.ToLocal(at, zone):d MMMM yyyy, HH:mm} (clinic time)."),
            _ => new ContentActionResult("Published: patients see it now."),
        };
    }

    public async Task<string?> DiscardDraftAsync(int id, int draftVersion, CancellationToken cancellationToken)
    {
        var outcome = await editor.DiscardDraftAsync(id, draftVersion, cancellationToken);
        return outcome.Status switch
        {
            SaveStatus.NotFound => null,
            SaveStatus.Conflict => $"The draft changed since you opened it (saved by {outcome.ConflictSavedBy}). Nothing was discarded; look at it again.",
            _ => "The draft was discarded.",
        };
    }

    public async Task<string?> UnpublishAsync(int id, int version, CancellationToken cancellationToken)
    {
        var outcome = await editor.UnpublishAsync(id, version, cancellationToken);
        return outcome.Status switch
        {
            SaveStatus.NotFound => null,
            SaveStatus.Conflict => $"Someone saved this {Kind.Noun} since you opened it. Nothing was changed; look at it again.",
            _ => $"The {Kind.PublicNoun} was unpublished: patients no longer see it.",
        };
    }

    /// <summary>The item's draft (or, without one, the item itself) for the public view; null when the item does not exist.</summary>
    public async Task<TSnapshot?> WorkingCopyAsync(int id, CancellationToken cancellationToken) =>
        await editor.FindAsync(id, cancellationToken) is not { } current
            ? default
            : editor.ContentOf(await editor.FindDraftAsync(id, cancellationToken)) ?? current.Snapshot;
}
