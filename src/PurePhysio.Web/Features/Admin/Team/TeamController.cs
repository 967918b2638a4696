using Microsoft.AspNetCore.Mvc;
using PurePhysio.Web.Features.Admin.Content;

namespace PurePhysio.Web.Features.Admin.Team;

/// <summary>Staff edit the team profiles patients see on /team.</summary>
[Route("admin/team")]
public sealed class TeamController(ListPractitioners list, EditPractitioner edit, DeletePractitioner delete) : AdminControllerBase
{
    [HttpGet("")]
    public async Task<IActionResult> List(CancellationToken cancellationToken) => View(await list.HandleAsync(cancellationToken));

    [HttpGet("create")]
    public async Task<IActionResult> Create(CancellationToken cancellationToken) => View("Edit", await edit.LoadAsync(null, cancellationToken));

    [HttpPost("create")]
    public async Task<IActionResult> Create(EditPractitionerForm form, CancellationToken cancellationToken) =>
        Saved(await edit.SaveAsync(null, form, ModelState, cancellationToken), form);

    [HttpGet("{id:int}/edit")]
    public async Task<IActionResult> Edit(int id, CancellationToken cancellationToken) =>
        await edit.LoadAsync(id, cancellationToken) is { } form ? View(form) : NotFound();

    [HttpPost("{id:int}/edit")]
    public async Task<IActionResult> Edit(int id, EditPractitionerForm form, CancellationToken cancellationToken) =>
        Saved(await edit.SaveAsync(id, form, ModelState, cancellationToken), form);

    [HttpGet("{id:int}/delete")]
    public async Task<IActionResult> Delete(int id, CancellationToken cancellationToken) =>
        await delete.FindAsync(id, cancellationToken) is { } found
            ? View("Delete", new DeleteViewModel($"Delete “{found.Name}”?",
                (found.ReviewedArticles > 0 ? $"They are named as reviewer of {found.ReviewedArticles} condition article(s); those articles will no longer name a reviewer. " : "")
                + "The profile will be removed from the site and cannot be brought back. To hide it for now, unpublish it instead.",
                "Team", id, DeleteAction: nameof(DeleteConfirmed)))
            : NotFound();

    [HttpPost("{id:int}/delete")]
    public async Task<IActionResult> DeleteConfirmed(int id, CancellationToken cancellationToken) =>
        await delete.HandleAsync(id, cancellationToken) ? FlashAndRedirect("The team member was deleted.", nameof(List)) : NotFound();

    private IActionResult Saved(FormOutcome outcome, EditPractitionerForm form) =>
        FormResult(outcome, $"“{form.Name.Trim()}” was saved.", nameof(List), "Edit", form);
}
