using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using PurePhysio.Web.Data;
using PurePhysio.Web.Domain;
using PurePhysio.Web.Features.Admin.Audit;

namespace PurePhysio.Web.Features.Admin.Closures;

/// <summary>The "add a closure" form (field prefix <see cref="AddClosure.Prefix"/>).</summary>
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

/// <summary>Adds days the clinic is closed, with the audit entry in the same SaveChanges.</summary>
public sealed class AddClosure(ClinicDbContext db, AuditLog audit)
{
    public const string Prefix = "NewClosure";

    public async Task<FormOutcome> HandleAsync(CreateClosureViewModel form, ModelStateDictionary errors, CancellationToken cancellationToken)
    {
        if (form.StartDate is { } start && form.EndDate is { } end && end < start)
        {
            errors.AddModelError($"{Prefix}.{nameof(form.EndDate)}", "The last closed day must be on or after the first.");
        }

        if (!errors.IsValid)
        {
            return FormOutcome.Invalid;
        }

        var closure = new Closure { StartDate = form.StartDate!.Value, EndDate = form.EndDate!.Value, Reason = form.Reason.Trim() };
        db.Closures.Add(closure);
        audit.Add(AuditActions.SettingsUpdated, "Closure", $"Added {closure.StartDate:yyyy-MM-dd} to {closure.EndDate:yyyy-MM-dd}: {closure.Reason}");
        await db.SaveChangesAsync(cancellationToken);
        return FormOutcome.Saved;
    }
}
