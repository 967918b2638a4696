using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PurePhysio.Web.Data;
using PurePhysio.Web.Domain;
using PurePhysio.Web.Email;
using PurePhysio.Web.Features.Clinic;

namespace PurePhysio.Web.Features.Enquiries;

/// <summary>Stores a validated enquiry together with its two outbox emails, in one transaction.</summary>
public sealed class EnquirySubmission(
    ClinicDbContext db,
    ClinicProfileCache profiles,
    IOptions<MailOptions> mailOptions,
    OutboxSignal outbox,
    TimeProvider time,
    ILogger<EnquirySubmission> logger)
{
    private const int MaxSaveAttempts = 3;

    public async Task<string> SubmitAsync(CreateEnquiryViewModel input, string sourcePage, CancellationToken cancellationToken)
    {
        // Staff can set who is notified in the admin area's clinic settings; configuration is the fallback.
        var clinic = await profiles.GetAsync(cancellationToken);
        var settings = clinic.Settings;
        var clinicZone = clinic.TimeZone;

        for (var attempt = 1; ; attempt++)
        {
            var now = time.GetUtcNow();
            var enquiry = new Enquiry
            {
                Reference = EnquiryReference.New(),
                Name = Clean(input.Name),
                Email = Clean(input.Email),
                Phone = Clean(input.Phone),
                PreferredContactMethod = input.PreferredContactMethod ?? ContactMethod.Email,
                PreferredTimes = Clean(input.PreferredTimes),
                Reason = Clean(input.Reason),
                Message = (input.Message ?? "").Trim(),
                ConsentGivenAt = now,
                ConsentVersion = EnquiryConsent.Version,
                CreatedAt = now,
                SourcePage = sourcePage,
            };
            var staffNotification = EnquiryMail.StaffNotification(enquiry, mailOptions.Value, now, clinicZone);
            if (settings?.StaffNotificationAddresses is { Length: > 0 } staffAddresses)
            {
                staffNotification.To = staffAddresses;
            }

            enquiry.OutboxMessages.Add(staffNotification);
            enquiry.OutboxMessages.Add(EnquiryMail.PatientAcknowledgement(enquiry, mailOptions.Value, now));
            db.Enquiries.Add(enquiry);

            try
            {
                // One SaveChanges: the enquiry and its mail are committed together or not at all.
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException exception) when (attempt < MaxSaveAttempts)
            {
                // A reference collision (unique index) or a busy database: nothing was stored, so try
                // again with a fresh reference rather than turn the patient away.
                logger.LogWarning("Storing an enquiry failed on attempt {Attempt} ({ErrorType}); retrying", attempt, exception.GetType().Name);
                db.ChangeTracker.Clear();
                continue;
            }

            logger.LogInformation("Enquiry {EnquiryId} stored with reference {Reference}", enquiry.Id, enquiry.Reference);
            outbox.Notify();
            return enquiry.Reference;
        }
    }

    private static string Clean(string? value) => (value ?? "").Trim();
}
