using Microsoft.AspNetCore.Mvc;
using PurePhysio.Web.Data;
using PurePhysio.Web.Domain;
using PurePhysio.Web.Features.Admin.Audit;
using PurePhysio.Web.Features.Admin.Content;
using PurePhysio.Web.Features.Conditions;

namespace PurePhysio.Web.Features.Admin.Conditions;

[Route("admin/conditions")]
public sealed class ConditionsController(ConditionEditor editor, RevisionStore revisions, ClinicDbContext db, TimeProvider time) : AdminControllerBase
{
    private const string BaseUrl = "/admin/conditions";

    [HttpGet("")]
    public async Task<IActionResult> List(CancellationToken cancellationToken) => View(await editor.ListAsync(cancellationToken));

    [HttpGet("create")]
    public async Task<IActionResult> Create(CancellationToken cancellationToken) =>
        View("Edit", new EditConditionViewModel { TimeZoneId = (await ClinicZone.FindAsync(db, cancellationToken)).Id });

    [HttpPost("create")]
    public Task<IActionResult> Create(EditConditionViewModel model, CancellationToken cancellationToken) => SaveAsync(null, model, cancellationToken);

    [HttpGet("{id:int}/edit")]
    public async Task<IActionResult> Edit(int id, CancellationToken cancellationToken)
    {
        var found = await editor.FindAsync(id, cancellationToken);
        if (found is not { } current)
        {
            return NotFound();
        }

        var zone = await ClinicZone.FindAsync(db, cancellationToken);
        return View(EditConditionViewModel.From(current.Snapshot, id, current.Version, zone, time.GetUtcNow()));
    }

    [HttpPost("{id:int}/edit")]
    public Task<IActionResult> Edit(int id, EditConditionViewModel model, CancellationToken cancellationToken) => SaveAsync(id, model, cancellationToken);

    /// <summary>The article exactly as a patient would see it, from the form's unsaved values.</summary>
    [HttpPost("preview")]
    public async Task<IActionResult> Preview(EditConditionViewModel model, CancellationToken cancellationToken)
    {
        var content = model.ToSnapshot(ModelState);
        if (!ModelState.IsValid)
        {
            return await InvalidAsync(model, cancellationToken);
        }

        ViewData["Preview"] = true;
        ViewData["Robots"] = "noindex";
        Response.Headers["X-Robots-Tag"] = "noindex";
        return View("~/Features/Conditions/Details.cshtml", new ConditionDetailsViewModel(
            content.Title, content.Slug, content.Summary, content.Introduction, content.Symptoms, content.Body, content.UrgencyNotice,
            content.Resources.Select(r => new ConditionResourceViewModel(r.Title, r.Url, r.Publisher)).ToList(),
            content.LastReviewedOn, time.GetUtcNow()));
    }

    [HttpGet("{id:int}/delete")]
    public async Task<IActionResult> Delete(int id, CancellationToken cancellationToken)
    {
        var found = await editor.FindAsync(id, cancellationToken);
        return found is not { } current
            ? NotFound()
            : View("Delete", new DeleteViewModel($"Delete “{current.Snapshot.Title}”?",
                $"The article at /conditions/{current.Snapshot.Slug} and its history will be removed for good. Patients following a link to it will see “page not found”.",
                $"{BaseUrl}/{id}/delete", BaseUrl));
    }

    [HttpPost("{id:int}/delete")]
    [ActionName("Delete")]
    public async Task<IActionResult> DeleteConfirmed(int id, CancellationToken cancellationToken)
    {
        if (!await editor.DeleteAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Flash("The condition was deleted.");
        return Redirect(BaseUrl);
    }

    [HttpGet("{id:int}/history")]
    public async Task<IActionResult> History(int id, CancellationToken cancellationToken)
    {
        var found = await editor.FindAsync(id, cancellationToken);
        if (found is not { } current)
        {
            return NotFound();
        }

        return View("History", new HistoryViewModel(current.Snapshot.Title, $"{BaseUrl}/{id}", current.Version,
            await revisions.ListAsync(ContentTypes.Condition, id, cancellationToken)));
    }

    [HttpGet("{id:int}/diff")]
    public async Task<IActionResult> Diff(int id, long from, long to, CancellationToken cancellationToken)
    {
        var older = await revisions.FindAsync<ConditionSnapshot>(ContentTypes.Condition, id, from, cancellationToken);
        var newer = await revisions.FindAsync<ConditionSnapshot>(ContentTypes.Condition, id, to, cancellationToken);
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
        var revision = await revisions.FindAsync<ConditionSnapshot>(ContentTypes.Condition, id, revisionId, cancellationToken);
        var found = await editor.FindAsync(id, cancellationToken);
        if (revision is not { } r || found is not { } current)
        {
            return NotFound();
        }

        var outcome = await editor.SaveAsync(id, current.Version, r.Snapshot, publish: null, requestedPublishAt: null,
            $"Restored version {r.Item.Version}", AuditActions.ContentRestored, cancellationToken);
        if (outcome.Status == SaveStatus.SlugTaken)
        {
            Flash($"Version {r.Item.Version} cannot be restored: its web address /conditions/{r.Snapshot.Slug} now belongs to another condition.");
            return Redirect($"{BaseUrl}/{id}/history");
        }

        Flash(outcome.Status == SaveStatus.Saved
            ? $"Version {r.Item.Version} was restored as version {outcome.Version}."
            : "Someone saved this condition at the same moment; nothing was restored. Please try again.");
        return Redirect($"{BaseUrl}/{id}/history");
    }

    private async Task<IActionResult> SaveAsync(int? id, EditConditionViewModel model, CancellationToken cancellationToken)
    {
        model.Id = id;
        var zone = await ClinicZone.FindAsync(db, cancellationToken);
        var content = model.ToSnapshot(ModelState);
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

        var outcome = await editor.SaveAsync(id, model.Version, content, model.Publish, publishAt, model.ChangeSummary?.Trim() ?? "",
            id is null ? AuditActions.ContentCreated : AuditActions.ContentUpdated, cancellationToken);
        switch (outcome.Status)
        {
            case SaveStatus.NotFound:
                return NotFound();
            case SaveStatus.SlugTaken:
                ModelState.AddModelError(nameof(model.Slug), $"Another condition already uses /conditions/{content.Slug}. Choose a different web address.");
                return await InvalidAsync(model, cancellationToken);
            case SaveStatus.Conflict:
                var theirs = await editor.FindAsync(outcome.Id, cancellationToken);
                model.Conflict = new ConflictViewModel(outcome.ConflictSavedBy ?? "someone", outcome.ConflictSavedAt ?? time.GetUtcNow(),
                    RevisionDiff.Lines(theirs?.Snapshot.ToReadableText() ?? "", (content with { IsPublished = model.Publish == PublishChoice.Publish, PublishedAt = publishAt ?? theirs?.Snapshot.PublishedAt }).ToReadableText()));
                // The form now carries the stored version: saving again is a deliberate choice to replace theirs.
                ModelState.Remove(nameof(model.Version));
                model.Version = outcome.Version;
                model.TimeZoneId = zone.Id;
                Response.StatusCode = StatusCodes.Status409Conflict;
                return View("Edit", model);
            default:
                Flash(id is null ? "The condition was created." : "Your changes were saved.");
                return Redirect($"{BaseUrl}/{outcome.Id}/edit");
        }
    }

    private async Task<IActionResult> InvalidAsync(EditConditionViewModel model, CancellationToken cancellationToken)
    {
        model.TimeZoneId = (await ClinicZone.FindAsync(db, cancellationToken)).Id;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View("Edit", model);
    }
}
