using Microsoft.AspNetCore.Mvc;
using PurePhysio.Web.Data;
using PurePhysio.Web.Domain;
using PurePhysio.Web.Features.Admin.Content;
using PurePhysio.Web.Features.Conditions;

namespace PurePhysio.Web.Features.Admin.Conditions;

[Route("admin/conditions")]
public sealed class ConditionsController(ConditionEditor editor, ReviewerChoices reviewers, ClinicDbContext db, TimeProvider time, AdminClock clock)
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
            content.LastReviewedOn, Time.GetUtcNow()));
    }

    protected override async Task<ConditionSnapshot> ToSnapshotAsync(int? id, EditConditionViewModel model, CancellationToken cancellationToken)
    {
        if (model.ReviewedByPractitionerId is { } reviewer && !await reviewers.ExistsAsync(reviewer, cancellationToken))
        {
            ModelState.AddModelError(nameof(model.ReviewedByPractitionerId), "That team member no longer exists. Choose another reviewer.");
        }

        return model.ToSnapshot(ModelState);
    }
}
