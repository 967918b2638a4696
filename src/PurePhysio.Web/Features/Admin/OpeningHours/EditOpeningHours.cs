using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using PurePhysio.Web.Data;
using PurePhysio.Web.Features.Admin.Audit;
using DomainOpeningHours = PurePhysio.Web.Domain.OpeningHours;

namespace PurePhysio.Web.Features.Admin.OpeningHours;

public sealed class DayHoursInput
{
    public DayOfWeek Day { get; set; }

    [Display(Name = "Closed all day")]
    public bool IsClosed { get; set; }

    [Display(Name = "Opens")]
    public TimeOnly? Opens { get; set; }

    [Display(Name = "Closes")]
    public TimeOnly? Closes { get; set; }
}

public sealed class EditOpeningHoursViewModel
{
    public List<DayHoursInput> Days { get; set; } = [];
}

/// <summary>Editing the regular week: the form above, its validation and the save.</summary>
public sealed class EditOpeningHours(ClinicDbContext db, AuditLog audit)
{
    /// <summary>Monday first, as the clinic writes its week.</summary>
    public static readonly DayOfWeek[] Week =
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday];

    public async Task<EditOpeningHoursViewModel> LoadAsync(CancellationToken cancellationToken)
    {
        var stored = await db.OpeningHours.AsNoTracking().ToListAsync(cancellationToken);
        return new EditOpeningHoursViewModel
        {
            Days = Week.Select(day => stored.FirstOrDefault(h => h.Day == day) is { } h
                ? new DayHoursInput { Day = day, IsClosed = h.IsClosed, Opens = h.Opens, Closes = h.Closes }
                : new DayHoursInput { Day = day, IsClosed = true }).ToList(),
        };
    }

    public async Task<FormOutcome> SaveAsync(EditOpeningHoursViewModel model, ModelStateDictionary errors, CancellationToken cancellationToken)
    {
        if (model.Days.Count != 7 || model.Days.Select(d => d.Day).Distinct().Count() != 7)
        {
            return FormOutcome.Malformed;
        }

        Validate(model, errors);
        if (!errors.IsValid)
        {
            return FormOutcome.Invalid;
        }

        var stored = await db.OpeningHours.ToListAsync(cancellationToken);
        foreach (var d in model.Days)
        {
            var row = stored.FirstOrDefault(h => h.Day == d.Day);
            if (row is null)
            {
                row = new DomainOpeningHours { Day = d.Day };
                db.OpeningHours.Add(row);
            }

            row.IsClosed = d.IsClosed;
            row.Opens = d.IsClosed ? null : d.Opens;
            row.Closes = d.IsClosed ? null : d.Closes;
        }

        audit.Add(AuditActions.SettingsUpdated, "Opening hours");
        await db.SaveChangesAsync(cancellationToken);
        return FormOutcome.Saved;
    }

    private static void Validate(EditOpeningHoursViewModel model, ModelStateDictionary errors)
    {
        for (var i = 0; i < model.Days.Count; i++)
        {
            var d = model.Days[i];
            if (d.IsClosed)
            {
                continue;
            }

            if (d.Opens is null)
            {
                errors.AddModelError($"Days[{i}].Opens", $"Enter when the clinic opens on {d.Day}, or tick closed.");
            }

            if (d.Closes is null)
            {
                errors.AddModelError($"Days[{i}].Closes", $"Enter when the clinic closes on {d.Day}, or tick closed.");
            }
            else if (d.Opens is { } opens && opens >= d.Closes)
            {
                errors.AddModelError($"Days[{i}].Closes", $"On {d.Day} the closing time must be after the opening time.");
            }
        }
    }
}
