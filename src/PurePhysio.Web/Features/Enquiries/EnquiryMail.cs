using System.Text;
using MimeKit;
using MimeKit.Utils;
using PurePhysio.Web.Domain;
using PurePhysio.Web.Email;
using PurePhysio.Web.Features.Clinic;

namespace PurePhysio.Web.Features.Enquiries;

/// <summary>The two emails an enquiry produces, composed when it is stored so that they are sent as stored.</summary>
internal static class EnquiryMail
{
    public static OutboxMessage StaffNotification(Enquiry enquiry, MailOptions options, DateTimeOffset now, TimeZoneInfo clinicZone)
    {
        var body = new StringBuilder()
            .AppendLine($"New appointment enquiry {enquiry.Reference}")
            .AppendLine()
            .AppendLine($"Name: {enquiry.Name}")
            .AppendLine($"Email: {enquiry.Email}")
            .AppendLine($"Phone: {Or(enquiry.Phone)}")
            .AppendLine($"Preferred contact: {enquiry.PreferredContactMethod}")
            .AppendLine($"Preferred times: {Or(enquiry.PreferredTimes)}")
            .AppendLine($"Condition or reason: {Or(enquiry.Reason)}")
            .AppendLine($"Sent from: {enquiry.SourcePage}")
            .AppendLine($"Received: {ClinicTime.Describe(enquiry.CreatedAt, clinicZone)}")
            .AppendLine()
            .AppendLine("Message:")
            .AppendLine(enquiry.Message)
            .AppendLine()
            .AppendLine($"The patient consented to us processing this information at {ClinicTime.Describe(enquiry.ConsentGivenAt, clinicZone)} (consent wording {enquiry.ConsentVersion}).")
            .AppendLine("Reply to this email to answer the patient directly.")
            .ToString();

        return new OutboxMessage
        {
            Kind = OutboxMessageKind.StaffNotification,
            To = string.Join(", ", options.StaffRecipients),
            ReplyTo = new MailboxAddress(enquiry.Name, enquiry.Email).ToString(),
            // Subjects show in notification previews and mail logs: no health details there.
            Subject = $"New appointment enquiry {enquiry.Reference}",
            TextBody = body,
            MessageId = NewMessageId(options),
            CreatedAt = now,
            NextAttemptAt = now,
        };
    }

    /// <summary>Confirms receipt and gives the reference. It repeats nothing the patient wrote about their health.</summary>
    public static OutboxMessage PatientAcknowledgement(Enquiry enquiry, MailOptions options, DateTimeOffset now)
    {
        var body = new StringBuilder()
            .AppendLine($"Dear {enquiry.Name},")
            .AppendLine()
            .AppendLine("Thank you for your appointment enquiry. We have received it and will be in touch soon.")
            .AppendLine()
            .AppendLine($"Your reference is {enquiry.Reference}. Please quote it if you contact us about this enquiry.")
            .AppendLine()
            .AppendLine("Please note - this is only an enquiry, we will contact you to confirm appointment details.")
            .AppendLine()
            .AppendLine("If your symptoms get suddenly worse, contact your GP or NHS 111. In an emergency, call 999.")
            .AppendLine()
            .AppendLine(options.FromName)
            .ToString();

        return new OutboxMessage
        {
            Kind = OutboxMessageKind.PatientAcknowledgement,
            To = new MailboxAddress(enquiry.Name, enquiry.Email).ToString(),
            Subject = $"We have received your enquiry ({enquiry.Reference})",
            TextBody = body,
            MessageId = NewMessageId(options),
            CreatedAt = now,
            NextAttemptAt = now,
        };
    }

    private static string Or(string value) => string.IsNullOrWhiteSpace(value) ? "(not given)" : value;

    private static string NewMessageId(MailOptions options)
    {
        var at = options.FromAddress.LastIndexOf('@');
        var domain = at >= 0 && at < options.FromAddress.Length - 1 ? options.FromAddress[(at + 1)..] : "purephysio.local";
        return MimeUtils.GenerateMessageId(domain);
    }
}
