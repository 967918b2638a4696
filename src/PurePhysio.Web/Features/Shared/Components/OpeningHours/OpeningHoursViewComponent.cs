using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using PurePhysio.Web.Data;
using PurePhysio.Web.Features.Clinic;
using PurePhysio.Web.Features.OpeningHours;

namespace PurePhysio.Web.Features.Shared.Components.OpeningHours;

public sealed record OpeningHoursViewModel(IReadOnlyList<OpeningHoursLine> Lines, OpeningStatus Status);

/// <summary>The opening hours summary and open-now status in the page header.</summary>
public sealed class OpeningHoursViewComponent(ClinicDbContext db, TimeProvider time) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        var week = await db.OpeningHours.AsNoTracking().ToListAsync();
        var zone = await ClinicTime.ForClinicAsync(db);
        var now = time.GetUtcNow();
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime);
        var closures = await db.Closures.AsNoTracking()
            .Where(c => c.EndDate >= today && c.StartDate <= today.AddDays(28))
            .ToListAsync();

        var model = new OpeningHoursViewModel(
            OpeningHoursCalculator.Summarize(week),
            OpeningHoursCalculator.StatusAt(now, zone, week, closures));
        return View(model);
    }
}
