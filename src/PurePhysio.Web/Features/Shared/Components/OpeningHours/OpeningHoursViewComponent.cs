using Microsoft.AspNetCore.Mvc;
using PurePhysio.Web.Data;
using PurePhysio.Web.Features.Clinic;
using PurePhysio.Web.Features.OpeningHours;

namespace PurePhysio.Web.Features.Shared.Components.OpeningHours;

public sealed record OpeningHoursViewModel(IReadOnlyList<OpeningHoursLine> Lines, OpeningStatus Status, IReadOnlyList<HoursException> Notices);

/// <summary>The opening hours summary, open-now status and upcoming closures in the page header.</summary>
public sealed class OpeningHoursViewComponent(ClinicDbContext db, TimeProvider time) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        var zone = await ClinicTime.ForClinicAsync(db);
        var now = time.GetUtcNow();
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime);
        var hours = await OpeningHoursQueries.LoadAsync(db, zone, today);

        return View(new OpeningHoursViewModel(
            hours.Schedule.Summarize(),
            hours.Schedule.StatusAt(now),
            hours.Schedule.UpcomingNotices(now, hours.NoticeDays)));
    }
}
