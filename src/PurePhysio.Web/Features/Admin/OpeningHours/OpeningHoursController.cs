using Microsoft.AspNetCore.Mvc;

namespace PurePhysio.Web.Features.Admin.OpeningHours;

/// <summary>The weekly periods and the bank-holiday settings.</summary>
[Route("admin/opening-hours")]
public sealed class OpeningHoursController(ShowOpeningHours show, SaveWeeklyHours saveWeek, SaveBankHolidaySettings saveSettings) : AdminControllerBase
{
    [HttpGet("")]
    public async Task<IActionResult> Edit(CancellationToken cancellationToken) =>
        View(await show.HandleAsync(null, null, cancellationToken));

    [HttpPost("")]
    public async Task<IActionResult> Edit([Bind(Prefix = SaveWeeklyHours.Prefix)] EditOpeningHoursViewModel form, CancellationToken cancellationToken) =>
        await saveWeek.HandleAsync(form, ModelState, cancellationToken) == FormOutcome.Saved
            ? FlashAndRedirect("The opening hours were saved. The site shows them now.", nameof(Edit))
            : FormAgain(nameof(Edit), await show.HandleAsync(form, null, cancellationToken), StatusCodes.Status400BadRequest);

    [HttpPost("bank-holidays")]
    public async Task<IActionResult> BankHolidays([Bind(Prefix = SaveBankHolidaySettings.Prefix)] EditBankHolidaySettingsViewModel form, CancellationToken cancellationToken) =>
        await saveSettings.HandleAsync(form, ModelState, cancellationToken) == FormOutcome.Saved
            ? FlashAndRedirect("The bank holiday settings were saved.", nameof(Edit))
            : FormAgain(nameof(Edit), await show.HandleAsync(null, form, cancellationToken), StatusCodes.Status400BadRequest);
}
