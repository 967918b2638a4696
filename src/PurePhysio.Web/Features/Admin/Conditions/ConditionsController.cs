using Microsoft.AspNetCore.Mvc;
using PurePhysio.Web.Domain;
using Microsoft.AspNetCore.Authorization;
using PurePhysio.Web.Features.Admin.Content;
using PurePhysio.Web.Features.Seo;

namespace PurePhysio.Web.Features.Admin.Conditions;

[Route("admin/conditions")]
public sealed class ConditionsController(
    ListConditions.Handler list, EditCondition.Handler edit, ConfirmReview.Handler confirmReview, ContentHistory<Condition, ConditionSnapshot> history, ContentReview<Condition, ConditionSnapshot> review,
    SiteUrls urls) : AdminControllerBase
{
    [HttpGet("")]
    public async Task<IActionResult> List(CancellationToken cancellationToken) => View(await list.HandleAsync(cancellationToken));

    [HttpGet("create")]
    public async Task<IActionResult> Create(CancellationToken cancellationToken) => View("Edit", await edit.NewAsync(cancellationToken));

    [HttpPost("create")]
    public async Task<IActionResult> Create(EditCondition.Command form, CancellationToken cancellationToken) =>
        Saved(await edit.SaveAsync(null, form, ModelState, cancellationToken));

    [HttpGet("{id:int}/edit")]
    public async Task<IActionResult> Edit(int id, CancellationToken cancellationToken)
    {
        if (await edit.LoadAsync(id, cancellationToken) is not { } form)
        {
            return NotFound();
        }

        ViewData["ReviewSchedule"] = await confirmReview.ScheduleAsync(id, cancellationToken);
        return View(form);
    }

    [HttpPost("{id:int}/edit")]
    public async Task<IActionResult> Edit(int id, EditCondition.Command form, CancellationToken cancellationToken) =>
        Saved(await edit.SaveAsync(id, form, ModelState, cancellationToken));

    /// <summary>The article exactly as a patient would see it, from the form's unsaved values.</summary>
    [HttpPost("preview")]
    public async Task<IActionResult> Preview(EditCondition.Command form, CancellationToken cancellationToken) =>
        await edit.PreviewAsync(form, ModelState, cancellationToken) is { } page ? PreviewOf("~/Features/Conditions/Details.cshtml", page) : FormAgain("Edit", form, StatusCodes.Status400BadRequest);

    /// <summary>The stored draft (or the unpublished item) exactly as patients will see it once published.</summary>
    [HttpGet("{id:int}/draft/preview")]
    public async Task<IActionResult> PreviewDraft(int id, CancellationToken cancellationToken) =>
        await history.WorkingCopyAsync(id, cancellationToken) is { } content
            ? PreviewOf("~/Features/Conditions/Details.cshtml", await edit.PreviewOfAsync(content, cancellationToken))
            : NotFound();

    [HttpPost("{id:int}/draft/publish")]
    public async Task<IActionResult> PublishDraft(int id, int draftVersion, DateTime? publishAt, CancellationToken cancellationToken) =>
        await Done(id, await history.PublishDraftAsync(id, draftVersion, publishAt, cancellationToken), cancellationToken);

    [HttpPost("{id:int}/review/no-changes")]
    [Authorize(Policy = AdminPolicies.Reviewers)]
    public async Task<IActionResult> ReviewedWithoutChanges(int id, CancellationToken cancellationToken) =>
        await confirmReview.HandleAsync(id, cancellationToken) is { } done ? FlashAndRedirect(done, nameof(Edit), new { id }) : NotFound();

    [HttpPost("{id:int}/review/submit")]
    public async Task<IActionResult> SubmitForReview(int id, int draftVersion, CancellationToken cancellationToken) =>
        await Done(id, await review.SubmitAsync(id, draftVersion, EditUrl(id), cancellationToken), cancellationToken);

    [HttpPost("{id:int}/review/approve")]
    [Authorize(Policy = AdminPolicies.Reviewers)]
    public async Task<IActionResult> Approve(int id, int draftVersion, CancellationToken cancellationToken) =>
        await Done(id, await review.ApproveAsync(id, draftVersion, EditUrl(id), cancellationToken), cancellationToken);

    [HttpPost("{id:int}/review/send-back")]
    [Authorize(Policy = AdminPolicies.Reviewers)]
    public async Task<IActionResult> SendBack(int id, int draftVersion, string? comment, CancellationToken cancellationToken) =>
        await Done(id, await review.SendBackAsync(id, draftVersion, comment, EditUrl(id), cancellationToken), cancellationToken);

    [HttpPost("{id:int}/draft/discard")]
    public async Task<IActionResult> DiscardDraft(int id, int draftVersion, CancellationToken cancellationToken) =>
        await history.DiscardDraftAsync(id, draftVersion, cancellationToken) is { } done ? FlashAndRedirect(done, nameof(Edit), new { id }) : NotFound();

    [HttpPost("{id:int}/unpublish")]
    public async Task<IActionResult> Unpublish(int id, int version, CancellationToken cancellationToken) =>
        await history.UnpublishAsync(id, version, cancellationToken) is { } done ? FlashAndRedirect(done, nameof(Edit), new { id }) : NotFound();

    [HttpGet("{id:int}/delete")]
    public async Task<IActionResult> Delete(int id, CancellationToken cancellationToken) =>
        await history.ConfirmDeleteAsync(id, cancellationToken) is { } confirm ? View("Delete", confirm) : NotFound();

    [HttpPost("{id:int}/delete")]
    [ActionName("Delete")]
    public async Task<IActionResult> DeleteConfirmed(int id, CancellationToken cancellationToken) =>
        await history.DeleteAsync(id, cancellationToken) is { } done ? FlashAndRedirect(done, nameof(List)) : NotFound();

    [HttpGet("{id:int}/history")]
    public async Task<IActionResult> History(int id, CancellationToken cancellationToken) =>
        await history.HistoryAsync(id, cancellationToken) is { } model ? View("History", model) : NotFound();

    [HttpGet("{id:int}/diff")]
    public async Task<IActionResult> Diff(int id, long from, long to, CancellationToken cancellationToken) =>
        await history.DiffAsync(id, from, to, cancellationToken) is { } model ? View("Diff", model) : NotFound();

    [HttpPost("{id:int}/revisions/{revisionId:long}/restore")]
    public async Task<IActionResult> Restore(int id, long revisionId, CancellationToken cancellationToken) =>
        await history.RestoreAsync(id, revisionId, cancellationToken) is { } done ? FlashAndRedirect(done, nameof(History), new { id }) : NotFound();

    private IActionResult Saved(EditResult<EditCondition.Command> result) => result.Status switch
    {
        EditStatus.Saved => FlashAndRedirect(result.Message!, nameof(Edit), new { id = result.Id }),
        EditStatus.Conflict => FormAgain("Edit", result.Form, StatusCodes.Status409Conflict),
        EditStatus.Invalid => FormAgain("Edit", result.Form, StatusCodes.Status400BadRequest),
        EditStatus.NeedsApproval => FormAgain("Edit", result.Form, StatusCodes.Status403Forbidden),
        _ => NotFound(),
    };

    /// <summary>After an action on the item: back to its form with the message, or the form with the reason it was refused (403).</summary>
    private async Task<IActionResult> Done(int id, ContentActionResult? result, CancellationToken cancellationToken)
    {
        if (result is null)
        {
            return NotFound();
        }

        if (!result.Refused)
        {
            return FlashAndRedirect(result.Message, nameof(Edit), new { id });
        }

        var form = await edit.LoadAsync(id, cancellationToken);
        if (form is null)
        {
            return NotFound();
        }

        ModelState.AddModelError("", result.Message);
        return FormAgain("Edit", form, StatusCodes.Status403Forbidden);
    }

    private string EditUrl(int id) => urls.Absolute(Request, Url.Action(nameof(Edit), new { id })!);
}
