using Microsoft.AspNetCore.Mvc;

namespace PurePhysio.Web.Features.Admin.Closures;

[Route("admin/closures")]
public sealed class ClosuresController(AddClosure add, DeleteClosure delete) : AdminControllerBase
{
    [HttpGet("")]
    public async Task<IActionResult> List(CancellationToken cancellationToken) =>
        View(await add.PageAsync(new CreateClosureViewModel(), cancellationToken));

    [HttpPost("")]
    public async Task<IActionResult> Create([Bind(Prefix = "NewClosure")] CreateClosureViewModel model, CancellationToken cancellationToken) =>
        await add.HandleAsync(model, ModelState, cancellationToken) == FormOutcome.Saved
            ? FlashAndRedirect("The closure was added.", nameof(List))
            : FormAgain("List", await add.PageAsync(model, cancellationToken), StatusCodes.Status400BadRequest);

    [HttpGet("{id:int}/delete")]
    public async Task<IActionResult> Delete(int id, CancellationToken cancellationToken) =>
        await delete.ConfirmAsync(id, cancellationToken) is { } confirm ? View("Delete", confirm) : NotFound();

    [HttpPost("{id:int}/delete")]
    [ActionName("Delete")]
    public async Task<IActionResult> DeleteConfirmed(int id, CancellationToken cancellationToken) =>
        await delete.HandleAsync(id, cancellationToken) ? FlashAndRedirect("The closure was deleted.", nameof(List)) : NotFound();
}
