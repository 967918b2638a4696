using Microsoft.EntityFrameworkCore;
using PurePhysio.Web.Data;
using PurePhysio.Web.Domain;
using PurePhysio.Web.Features.Admin.Content;
using PurePhysio.Web.Features.OpeningHours;

namespace PurePhysio.Web.Features.Admin.OpeningHours;

public sealed record UpcomingBankHoliday(DateOnly Date, string Name);

/// <summary>The opening hours page: its two forms (stored values, or as posted when they had problems) and the next bank holidays.</summary>
public sealed record OpeningHoursPageViewModel(
    EditOpeningHoursViewModel Week,
    EditBankHolidaySettingsViewModel Settings,
    IReadOnlyList<UpcomingBankHoliday> NextBankHolidays);

/// <summary>Reads the weekly periods and the bank-holiday settings for the opening hours page.</summary>
public sealed class ShowOpeningHours(ClinicDbContext db, ClinicTimeZone clinicZone)
{
    public static string RegionName(BankHolidayRegion region) => region switch
    {
        BankHolidayRegion.Scotland => "Scotland",
        BankHolidayRegion.NorthernIreland => "Northern Ireland",
        _ => "England and Wales",
    };

    public async Task<OpeningHoursPageViewModel> HandleAsync(EditOpeningHoursViewModel? week, EditBankHolidaySettingsViewModel? settings, CancellationToken cancellationToken)
    {
        var storedSettings = await db.OpeningHoursSettings.AsNoTracking().OrderBy(s => s.Id).FirstOrDefaultAsync(cancellationToken) ?? new OpeningHoursSettings();
        week ??= await WeekAsync(cancellationToken);
        settings ??= new EditBankHolidaySettingsViewModel
        {
            Region = storedSettings.BankHolidayRegion,
            ClosedOnBankHolidays = storedSettings.ClosedOnBankHolidays,
            NoticeDays = storedSettings.NoticeDays,
        };

        var today = await clinicZone.TodayAsync(cancellationToken);
        var next = UkBankHolidays.ForYear(storedSettings.BankHolidayRegion, today.Year)
            .Concat(UkBankHolidays.ForYear(storedSettings.BankHolidayRegion, today.Year + 1))
            .Where(h => h.Date >= today).Take(6)
            .Select(h => new UpcomingBankHoliday(h.Date, h.Name)).ToList();
        return new OpeningHoursPageViewModel(Pad(week), settings, next);
    }

    private async Task<EditOpeningHoursViewModel> WeekAsync(CancellationToken cancellationToken)
    {
        var stored = await db.OpeningPeriods.AsNoTracking().ToListAsync(cancellationToken);
        return new EditOpeningHoursViewModel
        {
            Days = OpeningSchedule.WeekOrder.Select(day => new DayHoursInput
            {
                Day = day,
                Periods = stored.Where(p => p.Day == day).OrderBy(p => p.Opens)
                    .Select(p => new PeriodInput { Opens = p.Opens, Closes = p.Closes }).ToList(),
            }).ToList(),
        };
    }

    private static EditOpeningHoursViewModel Pad(EditOpeningHoursViewModel week)
    {
        foreach (var day in week.Days)
        {
            while (day.Periods.Count < SaveWeeklyHours.PeriodsPerDay)
            {
                day.Periods.Add(new PeriodInput());
            }
        }

        return week;
    }
}
