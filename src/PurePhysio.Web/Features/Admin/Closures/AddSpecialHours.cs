using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using PurePhysio.Web.Data;
using PurePhysio.Web.Domain;
using PurePhysio.Web.Features.Admin.Audit;
using PurePhysio.Web.Features.Admin.Content;

namespace PurePhysio.Web.Features.Admin.Closures;

/// <summary>The "add special hours" form (field prefix <see cref="AddSpecialHours.Prefix"/>).</summary>
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

/// <summary>Adds one period of special hours; several periods on one date are added one by one and must not overlap.</summary>
public sealed class AddSpecialHours(ClinicDbContext db, AuditLog audit, ClinicTimeZone clinicZone)
{
    public const string Prefix = "NewSpecialHours";

    public async Task<FormOutcome> HandleAsync(CreateSpecialHoursViewModel form, ModelStateDictionary errors, CancellationToken cancellationToken)
    {
        if (form.Opens is { } opens && form.Closes is { } closes && closes <= opens)
        {
            errors.AddModelError($"{Prefix}.{nameof(form.Closes)}", "The closing time must be after the opening time.");
        }

        if (form.Date is { } date && date < await clinicZone.TodayAsync(cancellationToken))
        {
            errors.AddModelError($"{Prefix}.{nameof(form.Date)}", "That date has passed. Enter today or a later date.");
        }

        if (!errors.IsValid)
        {
            return FormOutcome.Invalid;
        }

        var sameDay = await db.SpecialOpeningHours.AsNoTracking().Where(s => s.Date == form.Date!.Value).ToListAsync(cancellationToken);
        if (sameDay.Any(s => form.Opens < s.Closes && s.Opens < form.Closes))
        {
            errors.AddModelError($"{Prefix}.{nameof(form.Opens)}", "These hours overlap hours already set for that date. Delete those first or choose other times.");
            return FormOutcome.Invalid;
        }

        var special = new SpecialOpeningHours { Date = form.Date!.Value, Opens = form.Opens!.Value, Closes = form.Closes!.Value, Reason = form.Reason.Trim() };
        db.SpecialOpeningHours.Add(special);
        audit.Add(AuditActions.SettingsUpdated, "Special hours", $"Added {special.Date:yyyy-MM-dd} {special.Opens:HH:mm}-{special.Closes:HH:mm}: {special.Reason}");
        await db.SaveChangesAsync(cancellationToken);
        return FormOutcome.Saved;
    }
}
