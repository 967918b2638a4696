using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using PurePhysio.Web.Data;
using PurePhysio.Web.Domain;
using PurePhysio.Web.Features.Admin.Audit;
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

    /// <summary>Always <see cref="SaveWeeklyHours.PeriodsPerDay"/> rows; empty rows are unused.</summary>
    public List<PeriodInput> Periods { get; set; } = [];
}

public sealed class EditOpeningHoursViewModel
{
    public List<DayHoursInput> Days { get; set; } = [];
}

/// <summary>Replaces the weekly periods, checking each day's periods, with the audit entry in the same SaveChanges.</summary>
public sealed class SaveWeeklyHours(ClinicDbContext db, AuditLog audit)
{
    /// <summary>The form's field prefix on the opening hours page.</summary>
    public const string Prefix = "Week";

    /// <summary>Rows per day in the form: enough for a morning, an afternoon and an evening.</summary>
    public const int PeriodsPerDay = 3;

    /// <summary>Replaces the weekly periods. False (and nothing saved) when the form has problems; they are in <paramref name="errors"/>.</summary>
    public async Task<FormOutcome> HandleAsync(EditOpeningHoursViewModel model, ModelStateDictionary errors, CancellationToken cancellationToken)
    {
        if (model.Days.Count != 7 || model.Days.Select(d => d.Day).Distinct().Count() != 7 || model.Days.Any(d => d.Periods.Count > PeriodsPerDay))
        {
            errors.AddModelError("", "The form was incomplete. Reload the page and try again.");
            return FormOutcome.Invalid;
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
                var field = $"{Prefix}.Days[{i}].Periods[{j}]";
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

        if (!errors.IsValid)
        {
            return FormOutcome.Invalid;
        }

        db.OpeningPeriods.RemoveRange(await db.OpeningPeriods.ToListAsync(cancellationToken));
        db.OpeningPeriods.AddRange(periods);
        audit.Add(AuditActions.SettingsUpdated, "Opening hours",
            string.Join("; ", OpeningSchedule.WeekOrder.Select(d => $"{d}: {Describe(periods.Where(p => p.Day == d))}")));
        await db.SaveChangesAsync(cancellationToken);
        return FormOutcome.Saved;
    }

    private static string Describe(IEnumerable<OpeningPeriod> periods) =>
        OpeningSchedule.FormatPeriods(periods.OrderBy(p => p.Opens).Select(p => new TimeRange(p.Opens, p.Closes)).ToList());
}
