using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using PurePhysio.Web.Data;
using PurePhysio.Web.Domain;
using PurePhysio.Web.Features.Admin.Audit;
using PurePhysio.Web.Features.Admin.Content;
using PurePhysio.Web.Features.OpeningHours;

namespace PurePhysio.Web.Features.Admin.Closures;

public sealed record ClosureListItem(int Id, DateOnly StartDate, DateOnly EndDate, string Reason, bool IsPast);

public sealed record SpecialHoursListItem(int Id, DateOnly Date, TimeRange Period, string Reason, bool IsPast);

public sealed class CreateClosureViewModel
{
    [Required(ErrorMessage = "Enter the first day the clinic is closed.")]
    [Display(Name = "First closed day")]
    public DateOnly? StartDate { get; set; }

    [Required(ErrorMessage = "Enter the last day the clinic is closed (the same day for a single day).")]
    [Display(Name = "Last closed day")]
    public DateOnly? EndDate { get; set; }

    [Required(ErrorMessage = "Enter a reason, e.g. Christmas Day. Patients see it.")]
    [StringLength(Closure.ReasonMaxLength, ErrorMessage = "Keep the reason under {1} characters.")]
    public string Reason { get; set; } = "";
}

public sealed class CreateSpecialHoursViewModel
{
    [Required(ErrorMessage = "Enter the date of the special hours.")]
    [Display(Name = "Date")]
    public DateOnly? Date { get; set; }

    [Required(ErrorMessage = "Enter when the clinic opens that day.")]
    [Display(Name = "Opens")]
    public TimeOnly? Opens { get; set; }

    [Required(ErrorMessage = "Enter when the clinic closes that day.")]
    [Display(Name = "Closes")]
    public TimeOnly? Closes { get; set; }

    [Required(ErrorMessage = "Enter a reason, e.g. Christmas Eve. Patients see it.")]
    [StringLength(SpecialOpeningHours.ReasonMaxLength, ErrorMessage = "Keep the reason under {1} characters.")]
    public string Reason { get; set; } = "";
}

public sealed record ClosuresViewModel(
    IReadOnlyList<ClosureListItem> Closures,
    IReadOnlyList<SpecialHoursListItem> SpecialHours,
    CreateClosureViewModel NewClosure,
    CreateSpecialHoursViewModel NewSpecialHours);

/// <summary>What a delete confirmation page says about a closure or special hours.</summary>
public sealed record DeletionQuestion(string Heading, string Explanation);

/// <summary>Closures (days off) and special hours (one date's own hours) for the admin area.</summary>
public sealed class ClosuresEditor(ClinicDbContext db, AuditLog audit, ClinicTimeZone clinicZone)
{
    public async Task<ClosuresViewModel> PageAsync(CreateClosureViewModel? closure, CreateSpecialHoursViewModel? special, CancellationToken cancellationToken)
    {
        var today = await clinicZone.TodayAsync(cancellationToken);
        var closures = await db.Closures.AsNoTracking().OrderByDescending(c => c.StartDate).ToListAsync(cancellationToken);
        var specials = await db.SpecialOpeningHours.AsNoTracking().OrderByDescending(s => s.Date).ThenBy(s => s.Opens).ToListAsync(cancellationToken);
        return new ClosuresViewModel(
            closures.Select(c => new ClosureListItem(c.Id, c.StartDate, c.EndDate, c.Reason, c.EndDate < today)).ToList(),
            specials.Select(s => new SpecialHoursListItem(s.Id, s.Date, new TimeRange(s.Opens, s.Closes), s.Reason, s.Date < today)).ToList(),
            closure ?? new CreateClosureViewModel(),
            special ?? new CreateSpecialHoursViewModel());
    }

    public async Task<bool> AddClosureAsync(CreateClosureViewModel model, ModelStateDictionary errors, CancellationToken cancellationToken)
    {
        if (model.StartDate is { } start && model.EndDate is { } end && end < start)
        {
            errors.AddModelError("NewClosure.EndDate", "The last closed day must be on or after the first.");
        }

        if (errors.ErrorCount > 0)
        {
            return false;
        }

        var closure = new Closure { StartDate = model.StartDate!.Value, EndDate = model.EndDate!.Value, Reason = model.Reason.Trim() };
        db.Closures.Add(closure);
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordNowAsync(AuditActions.SettingsUpdated, $"Closure {closure.Id}", $"Added {closure.StartDate:yyyy-MM-dd} to {closure.EndDate:yyyy-MM-dd}",
            cancellationToken: cancellationToken);
        return true;
    }

    /// <summary>Adds one period of special hours; several periods on one date are added one by one and must not overlap.</summary>
    public async Task<bool> AddSpecialHoursAsync(CreateSpecialHoursViewModel model, ModelStateDictionary errors, CancellationToken cancellationToken)
    {
        if (model.Opens is { } opens && model.Closes is { } closes && closes <= opens)
        {
            errors.AddModelError("NewSpecialHours.Closes", "The closing time must be after the opening time.");
        }

        if (model.Date is { } date && date < await clinicZone.TodayAsync(cancellationToken))
        {
            errors.AddModelError("NewSpecialHours.Date", "That date has passed. Enter today or a later date.");
        }

        if (errors.ErrorCount > 0)
        {
            return false;
        }

        var sameDay = await db.SpecialOpeningHours.AsNoTracking().Where(s => s.Date == model.Date!.Value).ToListAsync(cancellationToken);
        if (sameDay.Any(s => model.Opens < s.Closes && s.Opens < model.Closes))
        {
            errors.AddModelError("NewSpecialHours.Opens", "These hours overlap hours already set for that date. Delete those first or choose other times.");
            return false;
        }

        var special = new SpecialOpeningHours { Date = model.Date!.Value, Opens = model.Opens!.Value, Closes = model.Closes!.Value, Reason = model.Reason.Trim() };
        db.SpecialOpeningHours.Add(special);
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordNowAsync(AuditActions.SettingsUpdated, $"Special hours {special.Id}",
            $"Added {special.Date:yyyy-MM-dd} {special.Opens:HH:mm}-{special.Closes:HH:mm}", cancellationToken: cancellationToken);
        return true;
    }

    public async Task<DeletionQuestion?> ClosureDeletionAsync(int id, CancellationToken cancellationToken)
    {
        var c = await db.Closures.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, cancellationToken);
        return c is null ? null : new DeletionQuestion($"Delete the closure “{c.Reason}”?",
            $"The clinic will show its normal hours from {c.StartDate:d MMMM yyyy} to {c.EndDate:d MMMM yyyy}.");
    }

    public async Task<DeletionQuestion?> SpecialHoursDeletionAsync(int id, CancellationToken cancellationToken)
    {
        var s = await db.SpecialOpeningHours.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, cancellationToken);
        return s is null ? null : new DeletionQuestion($"Delete the special hours “{s.Reason}”?",
            $"On {s.Date:d MMMM yyyy} the clinic will no longer show {new TimeRange(s.Opens, s.Closes)}; without other special hours that day, its normal hours or bank holiday apply.");
    }

    public async Task<bool> DeleteClosureAsync(int id, CancellationToken cancellationToken)
    {
        var closure = await db.Closures.FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (closure is null)
        {
            return false;
        }

        db.Closures.Remove(closure);
        audit.Add(AuditActions.SettingsUpdated, $"Closure {id}", "Deleted");
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    public async Task<bool> DeleteSpecialHoursAsync(int id, CancellationToken cancellationToken)
    {
        var special = await db.SpecialOpeningHours.FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (special is null)
        {
            return false;
        }

        db.SpecialOpeningHours.Remove(special);
        audit.Add(AuditActions.SettingsUpdated, $"Special hours {id}", "Deleted");
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}
