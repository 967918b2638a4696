using Microsoft.AspNetCore.Mvc;
using PurePhysio.Web.Features.Admin.Content;

namespace PurePhysio.Web.Features.Admin.Treatments;

/// <summary>Staff edit the treatments and prices patients see on /treatments.</summary>
[Route("admin/treatments")]
public sealed class TreatmentsController(ListTreatments list, EditTreatment edit, DeleteTreatment delete) : AdminControllerBase
{
    [HttpGet("")]
    public async Task<IActionResult> List(CancellationToken cancellationToken) => View(await list.HandleAsync(cancellationToken));

    [HttpGet("create")]
    public async Task<IActionResult> Create(CancellationToken cancellationToken) => View("Edit", await edit.LoadAsync(null, cancellationToken));

    [HttpPost("create")]
    public async Task<IActionResult> Create(EditTreatmentForm form, CancellationToken cancellationToken) =>
        Saved(await edit.SaveAsync(null, form, ModelState, cancellationToken), form);

    [HttpGet("{id:int}/edit")]
    public async Task<IActionResult> Edit(int id, CancellationToken cancellationToken) =>
        await edit.LoadAsync(id, cancellationToken) is { } form ? View(form) : NotFound();

    [HttpPost("{id:int}/edit")]
    public async Task<IActionResult> Edit(int id, EditTreatmentForm form, CancellationToken cancellationToken) =>
        Saved(await edit.SaveAsync(id, form, ModelState, cancellationToken), form);

    [HttpGet("{id:int}/delete")]
    public async Task<IActionResult> Delete(int id, CancellationToken cancellationToken) =>
        await delete.FindNameAsync(id, cancellationToken) is { } name
            ? View("Delete", new DeleteViewModel($"Delete “{name}”?",
                "It will be removed from the treatments page and from the conditions it was linked to. This cannot be undone. To hide it for now, unpublish it instead.",
                "Treatments", id, DeleteAction: nameof(DeleteConfirmed)))
            : NotFound();

    [HttpPost("{id:int}/delete")]
    public async Task<IActionResult> DeleteConfirmed(int id, CancellationToken cancellationToken) =>
        await delete.HandleAsync(id, cancellationToken) ? FlashAndRedirect("The treatment was deleted.", nameof(List)) : NotFound();

    private IActionResult Saved(FormOutcome outcome, EditTreatmentForm form) =>
        FormResult(outcome, $"“{form.Name.Trim()}” was saved.", nameof(List), "Edit", form);
}
