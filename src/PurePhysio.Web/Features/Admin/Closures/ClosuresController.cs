using Microsoft.AspNetCore.Mvc;
using PurePhysio.Web.Features.Admin.Content;

namespace PurePhysio.Web.Features.Admin.Closures;

/// <summary>Closures and special hours for single dates; both override the weekly hours and bank holidays.</summary>
[Route("admin/closures")]
public sealed class ClosuresController(ClosuresEditor editor) : AdminControllerBase
{
    [HttpGet("")]
    public async Task<IActionResult> List(CancellationToken cancellationToken) =>
        View(await editor.PageAsync(null, null, cancellationToken));

    [HttpPost("")]
    public async Task<IActionResult> Create([Bind(Prefix = "NewClosure")] CreateClosureViewModel model, CancellationToken cancellationToken)
    {
        if (ModelState.IsValid && await editor.AddClosureAsync(model, ModelState, cancellationToken))
        {
            Flash("The closure was added.");
            return RedirectToAction(nameof(List));
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View(nameof(List), await editor.PageAsync(model, null, cancellationToken));
    }

    [HttpPost("special")]
    public async Task<IActionResult> CreateSpecialHours([Bind(Prefix = "NewSpecialHours")] CreateSpecialHoursViewModel model, CancellationToken cancellationToken)
    {
        if (ModelState.IsValid && await editor.AddSpecialHoursAsync(model, ModelState, cancellationToken))
        {
            Flash("The special hours were added.");
            return RedirectToAction(nameof(List));
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View(nameof(List), await editor.PageAsync(null, model, cancellationToken));
    }

    [HttpGet("{id:int}/delete")]
    public async Task<IActionResult> Delete(int id, CancellationToken cancellationToken) =>
        await editor.ClosureDeletionAsync(id, cancellationToken) is { } question
            ? View("Delete", new DeleteViewModel(question.Heading, question.Explanation, "Closures", id))
            : NotFound();

    [HttpPost("{id:int}/delete")]
    [ActionName("Delete")]
    public async Task<IActionResult> DeleteConfirmed(int id, CancellationToken cancellationToken)
    {
        if (!await editor.DeleteClosureAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Flash("The closure was deleted.");
        return RedirectToAction(nameof(List));
    }

    [HttpGet("special/{id:int}/delete")]
    public async Task<IActionResult> DeleteSpecialHours(int id, CancellationToken cancellationToken) =>
        await editor.SpecialHoursDeletionAsync(id, cancellationToken) is { } question
            ? View("Delete", new DeleteViewModel(question.Heading, question.Explanation, "Closures", id, DeleteAction: nameof(DeleteSpecialHours)))
            : NotFound();

    [HttpPost("special/{id:int}/delete")]
    [ActionName("DeleteSpecialHours")]
    public async Task<IActionResult> DeleteSpecialHoursConfirmed(int id, CancellationToken cancellationToken)
    {
        if (!await editor.DeleteSpecialHoursAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Flash("The special hours were deleted.");
        return RedirectToAction(nameof(List));
    }
}
