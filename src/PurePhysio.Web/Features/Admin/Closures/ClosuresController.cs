using Microsoft.AspNetCore.Mvc;
using PurePhysio.Web.Features.Admin.Content;

namespace PurePhysio.Web.Features.Admin.Closures;

/// <summary>Closures and special hours for single dates; both override the weekly hours and bank holidays.</summary>
[Route("admin/closures")]
public sealed class ClosuresController(
    ListClosures list, AddClosure addClosure, AddSpecialHours addSpecialHours,
    DeleteClosure deleteClosure, DeleteSpecialHours deleteSpecialHours) : AdminControllerBase
{
    [HttpGet("")]
    public async Task<IActionResult> List(CancellationToken cancellationToken) =>
        View(await list.HandleAsync(null, null, cancellationToken));

    [HttpPost("")]
    public async Task<IActionResult> Create([Bind(Prefix = AddClosure.Prefix)] CreateClosureViewModel form, CancellationToken cancellationToken) =>
        await addClosure.HandleAsync(form, ModelState, cancellationToken) == FormOutcome.Saved
            ? FlashAndRedirect("The closure was added.", nameof(List))
            : FormAgain(nameof(List), await list.HandleAsync(form, null, cancellationToken), StatusCodes.Status400BadRequest);

    [HttpPost("special")]
    public async Task<IActionResult> CreateSpecialHours([Bind(Prefix = AddSpecialHours.Prefix)] CreateSpecialHoursViewModel form, CancellationToken cancellationToken) =>
        await addSpecialHours.HandleAsync(form, ModelState, cancellationToken) == FormOutcome.Saved
            ? FlashAndRedirect("The special hours were added.", nameof(List))
            : FormAgain(nameof(List), await list.HandleAsync(null, form, cancellationToken), StatusCodes.Status400BadRequest);

    [HttpGet("{id:int}/delete")]
    public async Task<IActionResult> Delete(int id, CancellationToken cancellationToken) =>
        await deleteClosure.FindAsync(id, cancellationToken) is { } c
            ? View("Delete", new DeleteViewModel($"Delete the closure “{c.Reason}”?",
                $"The clinic will show its normal hours from {c.StartDate:d MMMM yyyy} to {c.EndDate:d MMMM yyyy}.", "Closures", id))
            : NotFound();

    [HttpPost("{id:int}/delete")]
    [ActionName("Delete")]
    public async Task<IActionResult> DeleteConfirmed(int id, CancellationToken cancellationToken) =>
        await deleteClosure.HandleAsync(id, cancellationToken) ? FlashAndRedirect("The closure was deleted.", nameof(List)) : NotFound();

    [HttpGet("special/{id:int}/delete")]
    public async Task<IActionResult> DeleteSpecialHours(int id, CancellationToken cancellationToken) =>
        await deleteSpecialHours.FindAsync(id, cancellationToken) is { } s
            ? View("Delete", new DeleteViewModel($"Delete the special hours “{s.Reason}”?",
                $"On {s.Date:d MMMM yyyy} the clinic will no longer show {s.Period}; without other special hours that day, its normal hours or bank holiday apply.",
                "Closures", id, DeleteAction: nameof(DeleteSpecialHours)))
            : NotFound();

    [HttpPost("special/{id:int}/delete")]
    [ActionName("DeleteSpecialHours")]
    public async Task<IActionResult> DeleteSpecialHoursConfirmed(int id, CancellationToken cancellationToken) =>
        await deleteSpecialHours.HandleAsync(id, cancellationToken) ? FlashAndRedirect("The special hours were deleted.", nameof(List)) : NotFound();
}
