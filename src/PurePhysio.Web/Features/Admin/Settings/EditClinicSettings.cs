using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using PurePhysio.Web.Data;
using PurePhysio.Web.Domain;
using PurePhysio.Web.Features.Admin.Audit;

namespace PurePhysio.Web.Features.Admin.Settings;

public sealed class EditClinicSettingsViewModel
{
    [Required(ErrorMessage = "Enter the clinic's name.")]
    [StringLength(120)]
    [Display(Name = "Clinic name")]
    public string ClinicName { get; set; } = "";

    [StringLength(40)]
    [Phone(ErrorMessage = "Enter a phone number, e.g. 01632 960 123.")]
    [Display(Name = "Phone")]
    public string? Phone { get; set; }

    [StringLength(254)]
    [EmailAddress(ErrorMessage = "Enter an email address like enquiries@example.org.")]
    [Display(Name = "Public email address")]
    public string? Email { get; set; }

    [StringLength(200)]
    [Display(Name = "Street address")]
    public string? StreetAddress { get; set; }

    [StringLength(200)]
    [Display(Name = "Address line 2 (optional)")]
    public string? AddressLine2 { get; set; }

    [StringLength(100)]
    [Display(Name = "Town or city")]
    public string? Locality { get; set; }

    [StringLength(100)]
    [Display(Name = "County (optional)")]
    public string? Region { get; set; }

    [StringLength(20)]
    [Display(Name = "Postcode")]
    public string? PostalCode { get; set; }

    [Required(ErrorMessage = "Enter a two-letter country code, e.g. GB.")]
    [RegularExpression("^[A-Z]{2}$", ErrorMessage = "Enter a two-letter country code in capitals, e.g. GB.")]
    [Display(Name = "Country code")]
    public string CountryCode { get; set; } = "GB";

    [Required(ErrorMessage = "Enter the clinic's time zone, e.g. Europe/London.")]
    [StringLength(64)]
    [Display(Name = "Time zone")]
    public string TimeZoneId { get; set; } = "Europe/London";

    [Range(-90, 90, ErrorMessage = "Enter a latitude between -90 and 90, e.g. 53.79648.")]
    [Display(Name = "Latitude")]
    public double? Latitude { get; set; }

    [Range(-180, 180, ErrorMessage = "Enter a longitude between -180 and 180, e.g. -1.54785.")]
    [Display(Name = "Longitude")]
    public double? Longitude { get; set; }

    [StringLength(ClinicSettings.VisitTextMaxLength, ErrorMessage = "Keep this under {1} characters.")]
    [Display(Name = "Finding us (directions to the entrance)")]
    public string? Directions { get; set; }

    [StringLength(ClinicSettings.VisitTextMaxLength, ErrorMessage = "Keep this under {1} characters.")]
    [Display(Name = "Parking")]
    public string? Parking { get; set; }

    [StringLength(ClinicSettings.VisitTextMaxLength, ErrorMessage = "Keep this under {1} characters.")]
    [Display(Name = "Public transport")]
    public string? PublicTransport { get; set; }

    [Display(Name = "Step-free access from the street to the treatment rooms")]
    public bool StepFreeAccess { get; set; }

    [StringLength(ClinicSettings.VisitTextMaxLength, ErrorMessage = "Keep this under {1} characters.")]
    [Display(Name = "Accessibility notes")]
    public string? AccessibilityNotes { get; set; }

    [StringLength(500)]
    [Display(Name = "Facebook page address")]
    public string? FacebookUrl { get; set; }

    [StringLength(500)]
    [Display(Name = "Twitter / X address")]
    public string? TwitterUrl { get; set; }

    [StringLength(500)]
    [Display(Name = "Instagram address")]
    public string? InstagramUrl { get; set; }

    [StringLength(1000)]
    [Display(Name = "Staff notification addresses")]
    public string? StaffNotificationAddresses { get; set; }

    [Display(Name = "Condition articles need a clinician's approval before patients see them")]
    public bool ConditionsNeedApproval { get; set; } = true;
}

/// <summary>Editing the clinic-wide settings: the form above, its validation and the save.</summary>
public sealed class EditClinicSettings(ClinicDbContext db, AuditLog audit)
{
    public async Task<EditClinicSettingsViewModel> LoadAsync(CancellationToken cancellationToken)
    {
        var s = await db.ClinicSettings.AsNoTracking().OrderBy(s => s.Id).FirstOrDefaultAsync(cancellationToken) ?? new ClinicSettings { ClinicName = SeedData.ClinicName };
        return new EditClinicSettingsViewModel
        {
            ClinicName = s.ClinicName, Phone = s.Phone, Email = s.Email, StreetAddress = s.StreetAddress, AddressLine2 = s.AddressLine2, Locality = s.Locality,
            Latitude = s.Latitude, Longitude = s.Longitude, Directions = s.Directions, Parking = s.Parking, PublicTransport = s.PublicTransport,
            StepFreeAccess = s.StepFreeAccess, AccessibilityNotes = s.AccessibilityNotes,
            Region = s.Region, PostalCode = s.PostalCode, CountryCode = s.CountryCode, TimeZoneId = s.TimeZoneId,
            FacebookUrl = s.FacebookUrl, TwitterUrl = s.TwitterUrl, InstagramUrl = s.InstagramUrl,
            StaffNotificationAddresses = s.StaffNotificationAddresses,
            ConditionsNeedApproval = !s.PublishConditionsWithoutApproval,
        };
    }

    public async Task<FormOutcome> SaveAsync(EditClinicSettingsViewModel model, ModelStateDictionary errors, CancellationToken cancellationToken)
    {
        var staffAddresses = Validate(model, errors);
        if (!errors.IsValid)
        {
            return FormOutcome.Invalid;
        }

        var s = await db.ClinicSettings.OrderBy(s => s.Id).FirstOrDefaultAsync(cancellationToken);
        if (s is null)
        {
            s = new ClinicSettings { ClinicName = "" };
            db.ClinicSettings.Add(s);
        }

        s.ClinicName = model.ClinicName.Trim();
        s.Phone = model.Phone?.Trim() ?? "";
        s.Email = model.Email?.Trim() ?? "";
        s.StreetAddress = model.StreetAddress?.Trim() ?? "";
        s.AddressLine2 = model.AddressLine2?.Trim() ?? "";
        s.Locality = model.Locality?.Trim() ?? "";
        s.Latitude = model.Latitude is { } lat ? Math.Round(lat, 6) : null;
        s.Longitude = model.Longitude is { } lon ? Math.Round(lon, 6) : null;
        s.Directions = model.Directions?.Trim() ?? "";
        s.Parking = model.Parking?.Trim() ?? "";
        s.PublicTransport = model.PublicTransport?.Trim() ?? "";
        s.StepFreeAccess = model.StepFreeAccess;
        s.AccessibilityNotes = model.AccessibilityNotes?.Trim() ?? "";
        s.Region = model.Region?.Trim() ?? "";
        s.PostalCode = model.PostalCode?.Trim() ?? "";
        s.CountryCode = model.CountryCode.Trim();
        s.TimeZoneId = model.TimeZoneId.Trim();
        s.FacebookUrl = model.FacebookUrl?.Trim() ?? "";
        s.TwitterUrl = model.TwitterUrl?.Trim() ?? "";
        s.InstagramUrl = model.InstagramUrl?.Trim() ?? "";
        s.StaffNotificationAddresses = string.Join(", ", staffAddresses);
        s.PublishConditionsWithoutApproval = !model.ConditionsNeedApproval;
        audit.Add(AuditActions.SettingsUpdated, "Clinic settings");
        await db.SaveChangesAsync(cancellationToken);
        return FormOutcome.Saved;
    }

    /// <summary>Every check beyond the form's annotations; returns the staff notification addresses, one per entry.</summary>
    private static string[] Validate(EditClinicSettingsViewModel model, ModelStateDictionary errors)
    {
        if (!string.IsNullOrWhiteSpace(model.TimeZoneId) && !TimeZoneInfo.TryFindSystemTimeZoneById(model.TimeZoneId.Trim(), out _))
        {
            errors.AddModelError(nameof(model.TimeZoneId), "That is not a time zone this server knows. Use an IANA name such as Europe/London.");
        }

        foreach (var (field, value) in new[] { (nameof(model.FacebookUrl), model.FacebookUrl), (nameof(model.TwitterUrl), model.TwitterUrl), (nameof(model.InstagramUrl), model.InstagramUrl) })
        {
            if (!string.IsNullOrWhiteSpace(value) && !(Uri.TryCreate(value.Trim(), UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps))
            {
                errors.AddModelError(field, "Enter the full address starting with https://, or leave it empty.");
            }
        }

        if (model.Latitude.HasValue != model.Longitude.HasValue)
        {
            errors.AddModelError(model.Latitude.HasValue ? nameof(model.Longitude) : nameof(model.Latitude),
                "Enter both the latitude and the longitude, or leave both empty.");
        }

        var staffAddresses = SplitAddresses(model.StaffNotificationAddresses);
        var email = new EmailAddressAttribute();
        if (staffAddresses.FirstOrDefault(a => !email.IsValid(a) || !MimeKit.MailboxAddress.TryParse(a, out _)) is { } bad)
        {
            errors.AddModelError(nameof(model.StaffNotificationAddresses), $"“{bad}” is not an email address. Separate addresses with commas.");
        }

        return staffAddresses;
    }

    private static string[] SplitAddresses(string? text) =>
        (text ?? "").Split([',', ';', '\n'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
}
