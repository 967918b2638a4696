using Microsoft.AspNetCore.Mvc;

namespace PurePhysio.Web.Features.Admin.OpeningHours;

/// <summary>The weekly periods and the bank-holiday settings.</summary>
[Route("admin/opening-hours")]
public sealed class OpeningHoursController(OpeningHoursEditor editor) : AdminControllerBase
{
    [HttpGet("")]
    public async Task<IActionResult> Edit(CancellationToken cancellationToken) =>
        View(await editor.PageAsync(null, null, cancellationToken));

    [HttpPost("")]
    public async Task<IActionResult> Edit([Bind(Prefix = OpeningHoursEditor.WeekPrefix)] EditOpeningHoursViewModel model, CancellationToken cancellationToken)
    {
        if (ModelState.IsValid && await editor.SaveWeekAsync(model, ModelState, cancellationToken))
        {
            Flash("The opening hours were saved. The site shows them now.");
            return RedirectToAction(nameof(Edit));
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View(await editor.PageAsync(model, null, cancellationToken));
    }

    [HttpPost("bank-holidays")]
    public async Task<IActionResult> BankHolidays([Bind(Prefix = OpeningHoursEditor.SettingsPrefix)] EditBankHolidaySettingsViewModel model, CancellationToken cancellationToken)
    {
        if (ModelState.IsValid && await editor.SaveSettingsAsync(model, ModelState, cancellationToken))
        {
            Flash("The bank holiday settings were saved.");
            return RedirectToAction(nameof(Edit));
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View(nameof(Edit), await editor.PageAsync(null, model, cancellationToken));
    }
}
