using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using PurePhysio.Web.Data;
using PurePhysio.Web.Domain;
using PurePhysio.Web.Features.Admin.Audit;
using PurePhysio.Web.Features.Admin.Content;

namespace PurePhysio.Web.Features.Admin.Closures;

public sealed record ClosureListItem(int Id, DateOnly StartDate, DateOnly EndDate, string Reason, bool IsPast);

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

public sealed record ClosuresViewModel(IReadOnlyList<ClosureListItem> Closures, CreateClosureViewModel NewClosure);

/// <summary>The closures page (list and the add form) and adding a closure.</summary>
public sealed class AddClosure(ClinicDbContext db, AuditLog audit, AdminClock clock, TimeProvider time)
{
    public async Task<ClosuresViewModel> PageAsync(CreateClosureViewModel form, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), await clock.ZoneAsync(cancellationToken)).DateTime);
        var rows = await db.Closures.AsNoTracking().OrderByDescending(c => c.StartDate).ToListAsync(cancellationToken);
        return new ClosuresViewModel(rows.Select(c => new ClosureListItem(c.Id, c.StartDate, c.EndDate, c.Reason, c.EndDate < today)).ToList(), form);
    }

    public async Task<FormOutcome> HandleAsync(CreateClosureViewModel model, ModelStateDictionary errors, CancellationToken cancellationToken)
    {
        if (model.StartDate is { } start && model.EndDate is { } end && end < start)
        {
            errors.AddModelError("NewClosure.EndDate", "The last closed day must be on or after the first.");
        }

        if (!errors.IsValid)
        {
            return FormOutcome.Invalid;
        }

        var closure = new Closure { StartDate = model.StartDate!.Value, EndDate = model.EndDate!.Value, Reason = model.Reason.Trim() };
        db.Closures.Add(closure);
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordNowAsync(AuditActions.SettingsUpdated, $"Closure {closure.Id}", $"Added {closure.StartDate:yyyy-MM-dd} to {closure.EndDate:yyyy-MM-dd}",
            cancellationToken: cancellationToken);
        return FormOutcome.Saved;
    }
}

/// <summary>Deleting a closure, after asking.</summary>
public sealed class DeleteClosure(ClinicDbContext db, AuditLog audit)
{
    public async Task<DeleteViewModel?> ConfirmAsync(int id, CancellationToken cancellationToken)
    {
        var c = await db.Closures.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, cancellationToken);
        return c is null ? null : new DeleteViewModel($"Delete the closure “{c.Reason}”?",
            $"The clinic will show its normal hours from {c.StartDate:d MMMM yyyy} to {c.EndDate:d MMMM yyyy}.", "Closures", id);
    }

    public async Task<bool> HandleAsync(int id, CancellationToken cancellationToken)
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
}
