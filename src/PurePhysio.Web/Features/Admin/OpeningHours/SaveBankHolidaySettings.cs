using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using PurePhysio.Web.Data;
using PurePhysio.Web.Domain;
using PurePhysio.Web.Features.Admin.Audit;

namespace PurePhysio.Web.Features.Admin.OpeningHours;

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

/// <summary>Saves the bank-holiday region, whether the clinic closes on them and how far ahead closures are announced.</summary>
public sealed class SaveBankHolidaySettings(ClinicDbContext db, AuditLog audit)
{
    /// <summary>The form's field prefix on the opening hours page.</summary>
    public const string Prefix = "Settings";

    public async Task<FormOutcome> HandleAsync(EditBankHolidaySettingsViewModel model, ModelStateDictionary errors, CancellationToken cancellationToken)
    {
        if (!Enum.IsDefined(model.Region))
        {
            errors.AddModelError($"{Prefix}.{nameof(model.Region)}", "Choose England and Wales, Scotland or Northern Ireland.");
        }

        if (!errors.IsValid)
        {
            return FormOutcome.Invalid;
        }

        var settings = await db.OpeningHoursSettings.OrderBy(s => s.Id).FirstOrDefaultAsync(cancellationToken);
        if (settings is null)
        {
            settings = new OpeningHoursSettings();
            db.OpeningHoursSettings.Add(settings);
        }

        settings.BankHolidayRegion = model.Region;
        settings.ClosedOnBankHolidays = model.ClosedOnBankHolidays;
        settings.NoticeDays = model.NoticeDays;
        audit.Add(AuditActions.SettingsUpdated, "Bank holidays",
            $"{ShowOpeningHours.RegionName(model.Region)}; {(model.ClosedOnBankHolidays ? "closed" : "open")} on bank holidays; notice {model.NoticeDays} days");
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException) when (db.Entry(settings).State == EntityState.Added)
        {
            // Another instance created the row at the same moment: save over it.
            db.ChangeTracker.Clear();
            return await HandleAsync(model, errors, cancellationToken);
        }

        return FormOutcome.Saved;
    }
}
