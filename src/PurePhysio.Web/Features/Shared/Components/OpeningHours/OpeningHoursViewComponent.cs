using Microsoft.AspNetCore.Mvc;
using PurePhysio.Web.Features.Clinic;
using PurePhysio.Web.Features.OpeningHours;

namespace PurePhysio.Web.Features.Shared.Components.OpeningHours;

internal sealed record OpeningHoursViewModel(IReadOnlyList<OpeningHoursLine> Lines, OpeningStatus Status, IReadOnlyList<HoursException> Notices);

/// <summary>The opening hours summary, open-now status and upcoming closures, bank holidays and special hours in the page header.</summary>
public sealed class OpeningHoursViewComponent(ClinicProfileCache profiles, TimeProvider time) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        var clinic = await profiles.GetAsync(HttpContext.RequestAborted);
        var now = time.GetUtcNow();
        return View(new OpeningHoursViewModel(
            clinic.Hours.Summarize(),
            clinic.Hours.StatusAt(now),
            clinic.Hours.UpcomingNotices(now, clinic.NoticeDays)));
    }
}
