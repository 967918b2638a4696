using PurePhysio.Web.Domain;
using PurePhysio.Web.Features.Admin.Audit;

namespace PurePhysio.Web.Features.Admin.Content;

/// <summary>
/// The actions conditions and pages share beside editing: delete (with its confirmation), history,
/// the difference between two versions, and restoring one. Each returns what the page shows, or
/// null when the item or revision does not exist.
/// </summary>
public sealed class ContentHistory<TEntity, TSnapshot>(ContentEditor<TEntity, TSnapshot> editor)
    where TEntity : class, IVersionedContent
    where TSnapshot : IContentSnapshot<TSnapshot, TEntity>
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
    /// Brings back an earlier revision's content as a new revision; the publish state stays as it is now.
    /// Returns the message for staff, or null when the item or revision does not exist.
    /// </summary>
    public async Task<string?> RestoreAsync(int id, long revisionId, CancellationToken cancellationToken)
    {
        var revision = await editor.FindRevisionAsync(id, revisionId, cancellationToken);
        var found = await editor.FindAsync(id, cancellationToken);
        if (revision is not { } r || found is not { } current)
        {
            return null;
        }

        var outcome = await editor.SaveAsync(id, current.Version, r.Snapshot, publish: null, requestedPublishAt: null,
            $"Restored version {r.Item.Version}", AuditActions.ContentRestored, cancellationToken);
        return outcome.Status switch
        {
            SaveStatus.SlugTaken =>
                $"Version {r.Item.Version} cannot be restored: its web address {Kind.PublicPath(r.Snapshot.Slug)} now belongs to another {Kind.Noun}.",
            SaveStatus.Saved => $"Version {r.Item.Version} was restored as version {outcome.Version}.",
            _ => $"Someone saved this {Kind.Noun} at the same moment; nothing was restored. Please try again.",
        };
    }
}
