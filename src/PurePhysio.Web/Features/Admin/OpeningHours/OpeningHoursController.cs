using Microsoft.AspNetCore.Mvc;

namespace PurePhysio.Web.Features.Admin.OpeningHours;

[Route("admin/opening-hours")]
public sealed class OpeningHoursController(EditOpeningHours edit) : AdminControllerBase
{
    [HttpGet("")]
    public async Task<IActionResult> Edit(CancellationToken cancellationToken) => View(await edit.LoadAsync(cancellationToken));

    [HttpPost("")]
    public async Task<IActionResult> Edit(EditOpeningHoursViewModel model, CancellationToken cancellationToken) =>
        FormResult(await edit.SaveAsync(model, ModelState, cancellationToken), "The opening hours were saved. The site shows them now.", nameof(Edit), "Edit", model);
}
