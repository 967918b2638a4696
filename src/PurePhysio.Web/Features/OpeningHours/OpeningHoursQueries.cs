using Microsoft.EntityFrameworkCore;
using PurePhysio.Web.Data;
using PurePhysio.Web.Domain;

namespace PurePhysio.Web.Features.OpeningHours;

/// <summary>The schedule and how far ahead the header announces changes.</summary>
public sealed record OpeningHoursSnapshot(OpeningSchedule Schedule, int NoticeDays);

internal static class OpeningHoursQueries
{
    /// <summary>
    /// Reads the weekly periods, special dates and closures from <paramref name="fromDate"/> on (earlier
    /// ones never show again), and the bank-holiday settings.
    /// </summary>
    public static async Task<OpeningHoursSnapshot> LoadAsync(ClinicDbContext db, TimeZoneInfo zone, DateOnly fromDate, CancellationToken cancellationToken = default)
    {
        var weekly = await db.OpeningPeriods.AsNoTracking().ToListAsync(cancellationToken);
        var special = await db.SpecialOpeningHours.AsNoTracking().Where(s => s.Date >= fromDate).ToListAsync(cancellationToken);
        var closures = await db.Closures.AsNoTracking().Where(c => c.EndDate >= fromDate).ToListAsync(cancellationToken);
        var settings = await db.OpeningHoursSettings.AsNoTracking().OrderBy(s => s.Id).FirstOrDefaultAsync(cancellationToken) ?? new OpeningHoursSettings();

        var schedule = new OpeningSchedule(zone,
            weekly.Select(p => (p.Day, new TimeRange(p.Opens, p.Closes))),
            special.Select(s => new SpecialDate(s.Date, [new TimeRange(s.Opens, s.Closes)], s.Reason)),
            closures.Select(c => new ClosedDates(c.StartDate, c.EndDate, c.Reason)),
            settings.BankHolidayRegion,
            settings.ClosedOnBankHolidays);
        return new OpeningHoursSnapshot(schedule, settings.NoticeDays);
    }
}
