using Microsoft.AspNetCore.Mvc;
using PurePhysio.Web.Features.Clinic;
using PurePhysio.Web.Features.OpeningHours;

namespace PurePhysio.Web.Features.Shared.Components.OpeningHours;

public sealed record OpeningHoursViewModel(IReadOnlyList<OpeningHoursLine> Lines, OpeningStatus Status);

/// <summary>The opening hours summary and open-now status in the page header.</summary>
public sealed class OpeningHoursViewComponent(ClinicProfileCache profiles, TimeProvider time) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        var clinic = await profiles.GetAsync(HttpContext.RequestAborted);
        var now = time.GetUtcNow();
        var model = new OpeningHoursViewModel(
            OpeningHoursCalculator.Summarize(clinic.Week),
            OpeningHoursCalculator.StatusAt(now, clinic.TimeZone, clinic.Week, clinic.ClosuresFrom(clinic.Today(now))));
        return View(model);
    }
}
