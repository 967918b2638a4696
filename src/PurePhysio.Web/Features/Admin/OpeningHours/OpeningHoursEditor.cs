using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using PurePhysio.Web.Data;
using PurePhysio.Web.Domain;
using PurePhysio.Web.Features.Admin.Audit;
using PurePhysio.Web.Features.Admin.Content;
using PurePhysio.Web.Features.OpeningHours;

namespace PurePhysio.Web.Features.Admin.OpeningHours;

public sealed class PeriodInput
{
    [Display(Name = "Opens")]
    public TimeOnly? Opens { get; set; }

    [Display(Name = "Closes")]
    public TimeOnly? Closes { get; set; }
}

public sealed class DayHoursInput
{
    public DayOfWeek Day { get; set; }

    /// <summary>Always <see cref="OpeningHoursEditor.PeriodsPerDay"/> rows; empty rows are unused.</summary>
    public List<PeriodInput> Periods { get; set; } = [];
}

public sealed class EditOpeningHoursViewModel
{
    public List<DayHoursInput> Days { get; set; } = [];
}

public sealed class EditBankHolidaySettingsViewModel
{
    [Display(Name = "Bank holidays of")]
    public BankHolidayRegion Region { get; set; } = BankHolidayRegion.EnglandAndWales;

    [Display(Name = "Closed on bank holidays")]
    public bool ClosedOnBankHolidays { get; set; } = true;

    [Range(0, OpeningHoursSettings.MaxNoticeDays, ErrorMessage = "Enter a number of days from {1} to {2}.")]
    [Display(Name = "Announce closures and special hours this many days ahead")]
    public int NoticeDays { get; set; } = OpeningHoursSettings.DefaultNoticeDays;
}

public sealed record UpcomingBankHoliday(DateOnly Date, string Name);

public sealed record OpeningHoursPageViewModel(
    EditOpeningHoursViewModel Week,
    EditBankHolidaySettingsViewModel Settings,
    IReadOnlyList<UpcomingBankHoliday> NextBankHolidays);

/// <summary>Reads and saves the weekly periods and the bank-holiday settings for the admin area.</summary>
public sealed class OpeningHoursEditor(ClinicDbContext db, AuditLog audit, ClinicTimeZone clinicZone)
{
    /// <summary>The form field prefixes of the page's two forms (see <see cref="OpeningHoursPageViewModel"/>).</summary>
    public const string WeekPrefix = "Week";
    public const string SettingsPrefix = "Settings";

    /// <summary>Rows per day in the form: enough for a morning, an afternoon and an evening.</summary>
    public const int PeriodsPerDay = 3;

    public static string RegionName(BankHolidayRegion region) => region switch
    {
        BankHolidayRegion.Scotland => "Scotland",
        BankHolidayRegion.NorthernIreland => "Northern Ireland",
        _ => "England and Wales",
    };

    public async Task<OpeningHoursPageViewModel> PageAsync(EditOpeningHoursViewModel? week, EditBankHolidaySettingsViewModel? settings, CancellationToken cancellationToken)
    {
        var storedSettings = await db.OpeningHoursSettings.AsNoTracking().FirstOrDefaultAsync(cancellationToken) ?? new OpeningHoursSettings();
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

    /// <summary>Replaces the weekly periods. False (and nothing saved) when the form has problems; they are in <paramref name="errors"/>.</summary>
    public async Task<bool> SaveWeekAsync(EditOpeningHoursViewModel model, ModelStateDictionary errors, CancellationToken cancellationToken)
    {
        if (model.Days.Count != 7 || model.Days.Select(d => d.Day).Distinct().Count() != 7 || model.Days.Any(d => d.Periods.Count > PeriodsPerDay))
        {
            errors.AddModelError("", "The form was incomplete. Reload the page and try again.");
            return false;
        }

        var periods = new List<OpeningPeriod>();
        for (var i = 0; i < model.Days.Count; i++)
        {
            var day = model.Days[i];
            var name = OpeningSchedule.DayName(day.Day);
            var valid = new List<TimeRange>();
            for (var j = 0; j < day.Periods.Count; j++)
            {
                var p = day.Periods[j];
                var field = $"{WeekPrefix}.Days[{i}].Periods[{j}]";
                if (p.Opens is null && p.Closes is null)
                {
                    continue;
                }

                if (p.Opens is null)
                {
                    errors.AddModelError($"{field}.Opens", $"Enter when period {j + 1} on {name} opens, or clear its closing time.");
                }
                else if (p.Closes is null)
                {
                    errors.AddModelError($"{field}.Closes", $"Enter when period {j + 1} on {name} closes, or clear its opening time.");
                }
                else if (p.Opens >= p.Closes)
                {
                    errors.AddModelError($"{field}.Closes", $"On {name} the closing time must be after the opening time.");
                }
                else if (valid.Any(v => p.Opens < v.Closes && v.Opens < p.Closes))
                {
                    errors.AddModelError($"{field}.Opens", $"On {name} the periods overlap. Give each period its own times.");
                }
                else
                {
                    valid.Add(new TimeRange(p.Opens.Value, p.Closes.Value));
                    periods.Add(new OpeningPeriod { Day = day.Day, Opens = p.Opens.Value, Closes = p.Closes.Value });
                }
            }
        }

        if (errors.ErrorCount > 0)
        {
            return false;
        }

        db.OpeningPeriods.RemoveRange(await db.OpeningPeriods.ToListAsync(cancellationToken));
        db.OpeningPeriods.AddRange(periods);
        audit.Add(AuditActions.SettingsUpdated, "Opening hours",
            string.Join("; ", OpeningSchedule.WeekOrder.Select(d => $"{d}: {Describe(periods.Where(p => p.Day == d))}")));
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    public async Task<bool> SaveSettingsAsync(EditBankHolidaySettingsViewModel model, ModelStateDictionary errors, CancellationToken cancellationToken)
    {
        if (!Enum.IsDefined(model.Region))
        {
            errors.AddModelError($"{SettingsPrefix}.{nameof(model.Region)}", "Choose England and Wales, Scotland or Northern Ireland.");
        }

        if (errors.ErrorCount > 0)
        {
            return false;
        }

        var settings = await db.OpeningHoursSettings.FirstOrDefaultAsync(cancellationToken);
        if (settings is null)
        {
            settings = new OpeningHoursSettings();
            db.OpeningHoursSettings.Add(settings);
        }

        settings.BankHolidayRegion = model.Region;
        settings.ClosedOnBankHolidays = model.ClosedOnBankHolidays;
        settings.NoticeDays = model.NoticeDays;
        audit.Add(AuditActions.SettingsUpdated, "Bank holidays",
            $"{RegionName(model.Region)}; {(model.ClosedOnBankHolidays ? "closed" : "open")} on bank holidays; notice {model.NoticeDays} days");
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException) when (db.Entry(settings).State == EntityState.Added)
        {
            // Another instance created the row at the same moment: save over it.
            db.ChangeTracker.Clear();
            return await SaveSettingsAsync(model, errors, cancellationToken);
        }

        return true;
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
            while (day.Periods.Count < PeriodsPerDay)
            {
                day.Periods.Add(new PeriodInput());
            }
        }

        return week;
    }

    private static string Describe(IEnumerable<OpeningPeriod> periods) =>
        OpeningSchedule.FormatPeriods(periods.OrderBy(p => p.Opens).Select(p => new TimeRange(p.Opens, p.Closes)).ToList());
}
