using Microsoft.AspNetCore.Mvc;
using PurePhysio.Web.Data;
using PurePhysio.Web.Domain;
using PurePhysio.Web.Features.Admin.Content;
using PurePhysio.Web.Features.Admin.Media;
using PurePhysio.Web.Features.Conditions;
using PurePhysio.Web.Features.Media;

namespace PurePhysio.Web.Features.Admin.Conditions;

[Route("admin/conditions")]
public sealed class ConditionsController(ConditionEditor editor, ReviewerChoices reviewers, ClinicDbContext db, TimeProvider time, AdminClock clock, MediaReferenceCheck images, MediaLookup media)
    : ContentAdminController<Condition, ConditionSnapshot, EditConditionViewModel>(db, time, clock)
{
    protected override ContentEditor<Condition, ConditionSnapshot> Editor => editor;

    protected override string BaseUrl => "/admin/conditions";

    protected override string Noun => "condition";

    protected override string PublicNoun => "article";

    protected override EditConditionViewModel ToModel(ConditionSnapshot snapshot, int id, int version, TimeZoneInfo zone, DateTimeOffset now) =>
        EditConditionViewModel.From(snapshot, id, version, zone, now);

    [HttpGet("")]
    public async Task<IActionResult> List(CancellationToken cancellationToken) => View(await editor.ListAsync(cancellationToken));

    /// <summary>The article exactly as a patient would see it, from the form's unsaved values.</summary>
    [HttpPost("preview")]
    public async Task<IActionResult> Preview(EditConditionViewModel model, CancellationToken cancellationToken)
    {
        var content = await ToSnapshotAsync(null, model, cancellationToken);
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
            content.LastReviewedOn, Time.GetUtcNow())
        {
            Images = await media.ForPageAsync(content.ImageId, cancellationToken, content.Introduction, content.Body),
        });
    }

    protected override async Task<ConditionSnapshot> ToSnapshotAsync(int? id, EditConditionViewModel model, CancellationToken cancellationToken)
    {
        if (model.ReviewedByPractitionerId is { } reviewer && !await reviewers.ExistsAsync(reviewer, cancellationToken))
        {
            ModelState.AddModelError(nameof(model.ReviewedByPractitionerId), "That team member no longer exists. Choose another reviewer.");
        }

        var content = model.ToSnapshot(ModelState);
        await images.CheckAsync(content.ImageId, nameof(model.ImageId), nameof(model.Body), ModelState, cancellationToken, content.Introduction, content.Body);
        return content;
    }
}
