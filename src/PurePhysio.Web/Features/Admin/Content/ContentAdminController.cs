using Microsoft.AspNetCore.Mvc;
using PurePhysio.Web.Data;
using PurePhysio.Web.Domain;
using PurePhysio.Web.Features.Admin.Audit;

namespace PurePhysio.Web.Features.Admin.Content;

/// <summary>
/// The editing actions conditions and pages share: create, edit, delete, history, diff and restore. The
/// subclass carries the route and the actions that differ (list, preview).
/// </summary>
public abstract class ContentAdminController<TEntity, TSnapshot, TModel>(ClinicDbContext db, TimeProvider time, AdminClock clock) : AdminControllerBase
    where TEntity : class, IVersionedContent
    where TSnapshot : IContentSnapshot<TSnapshot>
    where TModel : EditContentViewModel, new()
{
    protected abstract ContentEditor<TEntity, TSnapshot> Editor { get; }

    /// <summary>The admin address of the list, e.g. "/admin/conditions"; must match the subclass's route.</summary>
    protected abstract string BaseUrl { get; }

    /// <summary>How staff messages name one item, e.g. "condition".</summary>
    protected abstract string Noun { get; }

    /// <summary>How the delete page names what patients see, e.g. "article".</summary>
    protected abstract string PublicNoun { get; }

    /// <summary>The content the form describes; problems with it are added to the model state.</summary>
    protected abstract Task<TSnapshot> ToSnapshotAsync(int? id, TModel model, CancellationToken cancellationToken);

    /// <summary>The edit form filled from stored content.</summary>
    protected abstract TModel ToModel(TSnapshot snapshot, int id, int version, TimeZoneInfo zone, DateTimeOffset now);

    protected ClinicDbContext Db => db;

    protected TimeProvider Time => time;

    [HttpGet("create")]
    public async Task<IActionResult> Create(CancellationToken cancellationToken) =>
        View("Edit", new TModel { TimeZoneId = (await clock.ZoneAsync(cancellationToken)).Id });

    [HttpPost("create")]
    public Task<IActionResult> Create(TModel model, CancellationToken cancellationToken) => SaveAsync(null, model, cancellationToken);

    [HttpGet("{id:int}/edit")]
    public async Task<IActionResult> Edit(int id, CancellationToken cancellationToken)
    {
        var found = await Editor.FindAsync(id, cancellationToken);
        if (found is not { } current)
        {
            return NotFound();
        }

        var zone = await clock.ZoneAsync(cancellationToken);
        return View(ToModel(current.Snapshot, id, current.Version, zone, time.GetUtcNow()));
    }

    [HttpPost("{id:int}/edit")]
    public Task<IActionResult> Edit(int id, TModel model, CancellationToken cancellationToken) => SaveAsync(id, model, cancellationToken);

    [HttpGet("{id:int}/delete")]
    public async Task<IActionResult> Delete(int id, CancellationToken cancellationToken)
    {
        var found = await Editor.FindAsync(id, cancellationToken);
        return found is not { } current
            ? NotFound()
            : View("Delete", new DeleteViewModel($"Delete “{current.Snapshot.Title}”?",
                $"The {PublicNoun} at {Editor.PublicPath(current.Snapshot.Slug)} and its history will be removed for good. Patients following a link to it will see “page not found”.",
                $"{BaseUrl}/{id}/delete", BaseUrl));
    }

    [HttpPost("{id:int}/delete")]
    [ActionName("Delete")]
    public async Task<IActionResult> DeleteConfirmed(int id, CancellationToken cancellationToken)
    {
        if (!await Editor.DeleteAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Flash($"The {Noun} was deleted.");
        return Redirect(BaseUrl);
    }

    [HttpGet("{id:int}/history")]
    public async Task<IActionResult> History(int id, CancellationToken cancellationToken)
    {
        var found = await Editor.FindAsync(id, cancellationToken);
        if (found is not { } current)
        {
            return NotFound();
        }

        return View("History", new HistoryViewModel(current.Snapshot.Title, $"{BaseUrl}/{id}", current.Version,
            await Editor.ListRevisionsAsync(id, cancellationToken)));
    }

    [HttpGet("{id:int}/diff")]
    public async Task<IActionResult> Diff(int id, long from, long to, CancellationToken cancellationToken)
    {
        var older = await Editor.FindRevisionAsync(id, from, cancellationToken);
        var newer = await Editor.FindRevisionAsync(id, to, cancellationToken);
        if (older is not { } a || newer is not { } b)
        {
            return NotFound();
        }

        return View("Diff", new DiffViewModel(b.Snapshot.Title, $"{BaseUrl}/{id}", a.Item, b.Item,
            RevisionDiff.Lines(a.Snapshot.ToReadableText(), b.Snapshot.ToReadableText())));
    }

    /// <summary>Brings back an earlier revision's content as a new revision; the publish state stays as it is now.</summary>
    [HttpPost("{id:int}/revisions/{revisionId:long}/restore")]
    public async Task<IActionResult> Restore(int id, long revisionId, CancellationToken cancellationToken)
    {
        var revision = await Editor.FindRevisionAsync(id, revisionId, cancellationToken);
        var found = await Editor.FindAsync(id, cancellationToken);
        if (revision is not { } r || found is not { } current)
        {
            return NotFound();
        }

        var outcome = await Editor.SaveAsync(id, current.Version, r.Snapshot, publish: null, requestedPublishAt: null,
            $"Restored version {r.Item.Version}", AuditActions.ContentRestored, cancellationToken);
        if (outcome.Status == SaveStatus.SlugTaken)
        {
            Flash($"Version {r.Item.Version} cannot be restored: its web address {Editor.PublicPath(r.Snapshot.Slug)} now belongs to another {Noun}.");
            return Redirect($"{BaseUrl}/{id}/history");
        }

        Flash(outcome.Status == SaveStatus.Saved
            ? $"Version {r.Item.Version} was restored as version {outcome.Version}."
            : $"Someone saved this {Noun} at the same moment; nothing was restored. Please try again.");
        return Redirect($"{BaseUrl}/{id}/history");
    }

    protected async Task<IActionResult> SaveAsync(int? id, TModel model, CancellationToken cancellationToken)
    {
        model.Id = id;
        var zone = await clock.ZoneAsync(cancellationToken);
        var content = await ToSnapshotAsync(id, model, cancellationToken);
        DateTimeOffset? publishAt = null;
        if (model.PublishAt is { } local)
        {
            publishAt = PublishSchedule.ToUtc(local, zone);
            if (publishAt is null)
            {
                ModelState.AddModelError(nameof(model.PublishAt), "That time does not exist in the clinic's time zone (the clocks go forward). Choose another time.");
            }
        }

        if (!ModelState.IsValid)
        {
            return await InvalidAsync(model, cancellationToken);
        }

        var outcome = await Editor.SaveAsync(id, model.Version, content, model.Publish, publishAt, model.ChangeSummary?.Trim() ?? "",
            id is null ? AuditActions.ContentCreated : AuditActions.ContentUpdated, cancellationToken);
        switch (outcome.Status)
        {
            case SaveStatus.NotFound:
                return NotFound();
            case SaveStatus.SlugTaken:
                // Both edit forms name their web address field "Slug".
                ModelState.AddModelError("Slug", $"Another {Noun} already uses {Editor.PublicPath(content.Slug)}. Choose a different web address.");
                return await InvalidAsync(model, cancellationToken);
            case SaveStatus.Conflict:
                var theirs = await Editor.FindAsync(outcome.Id, cancellationToken);
                model.Conflict = new ConflictViewModel(outcome.ConflictSavedBy ?? "someone", outcome.ConflictSavedAt ?? time.GetUtcNow(),
                    RevisionDiff.Lines(theirs?.Snapshot.ToReadableText() ?? "",
                        content.WithPublishState(model.Publish == PublishChoice.Publish, publishAt ?? theirs?.Snapshot.PublishedAt).ToReadableText()));
                // The form now carries the stored version: saving again is a deliberate choice to replace theirs.
                ModelState.Remove(nameof(model.Version));
                model.Version = outcome.Version;
                model.TimeZoneId = zone.Id;
                Response.StatusCode = StatusCodes.Status409Conflict;
                return View("Edit", model);
            default:
                Flash(id is null ? $"The {Noun} was created." : "Your changes were saved.");
                return Redirect($"{BaseUrl}/{outcome.Id}/edit");
        }
    }

    protected async Task<IActionResult> InvalidAsync(TModel model, CancellationToken cancellationToken)
    {
        model.TimeZoneId = (await clock.ZoneAsync(cancellationToken)).Id;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View("Edit", model);
    }
}
