using PurePhysio.Web.Domain;
using PurePhysio.Web.Email;
using PurePhysio.Web.Features.Enquiries;

namespace PurePhysio.Web.Tests.Enquiries;

public sealed class EnquiryMailTests
{
    [Fact]
    public void StaffMailGivesTimesInTheClinicsTimeZone()
    {
        // 1 July 2026 12:00 UTC is 13:00 in London (British Summer Time).
        var received = new DateTimeOffset(2026, 7, 1, 12, 0, 0, TimeSpan.Zero);
        var enquiry = new Enquiry
        {
            Reference = "PP-ABCDEF",
            Name = "Sam Example",
            Email = "sam@example.com",
            Message = "Neck pain",
            ConsentVersion = EnquiryConsent.Version,
            ConsentGivenAt = received,
            CreatedAt = received,
        };
        var london = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

        var mail = EnquiryMail.StaffNotification(enquiry, new MailOptions { StaffRecipients = ["staff@example.com"] }, received, london);

        var lines = mail.TextBody.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        Assert.Contains("Received: 1 July 2026 13:00 (Europe/London)", lines);
        Assert.Contains(lines, l => l.StartsWith("The patient consented", StringComparison.Ordinal) && l.Contains("1 July 2026 13:00 (Europe/London)", StringComparison.Ordinal));
    }
}
