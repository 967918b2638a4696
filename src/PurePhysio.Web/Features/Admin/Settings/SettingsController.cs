using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace PurePhysio.Web.Features.Admin.Settings;

/// <summary>Clinic-wide settings. Admins only: they decide where the site sends people and mail.</summary>
[Route("admin/settings")]
[Authorize(Policy = AdminPolicies.AdminOnly)]
public sealed class SettingsController(EditClinicSettings edit) : AdminControllerBase
{
    [HttpGet("")]
    public async Task<IActionResult> Edit(CancellationToken cancellationToken) => View(await edit.LoadAsync(cancellationToken));

    [HttpPost("")]
    public async Task<IActionResult> Edit(EditClinicSettingsViewModel model, CancellationToken cancellationToken) =>
        FormResult(await edit.SaveAsync(model, ModelState, cancellationToken), "The clinic settings were saved.", nameof(Edit), "Edit", model);
}
