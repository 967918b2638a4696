using System.Net;
using MimeKit;
using PurePhysio.Web.Tests.Infrastructure;

namespace PurePhysio.Web.Tests.Enquiries;

/// <summary>The embedded default: no SMTP host configured.</summary>
public sealed class NoSmtpHostAppFactory : EnquiryAppFactory
{
    protected override IDictionary<string, string?> Overrides => new Dictionary<string, string?> { ["Mail:Host"] = "" };
}

public sealed class EnquiryPickupDirectoryTests(NoSmtpHostAppFactory factory) : IClassFixture<NoSmtpHostAppFactory>
{
    [Fact]
    public async Task WithoutAnSmtpHostTheMailIsWrittenAsEmlFilesInTheDataFolder()
    {
        var email = EnquiryForm.NewEmail();
        var values = EnquiryForm.Valid(email);

        using var response = await EnquiryForm.SubmitAsync(factory.CreateBrowser(), values);
        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);

        var folder = Path.Combine(factory.DataPath, "mail");
        var files = await Eventually.MatchesAsync(
            () => Directory.Exists(folder) ? Directory.GetFiles(folder, "*.eml") : [],
            found => found.Length == 2, "two .eml files in the mail folder");
        var messages = files.Select(f => MimeMessage.Load(f)).ToList();
        var staff = messages.Single(m => m.To.Mailboxes.Any(a => a.Address == EnquiryAppFactory.StaffAddress));
        Assert.Equal(email, staff.ReplyTo.Mailboxes.Single().Address);
        Assert.Contains(values["Message"], staff.TextBody, StringComparison.Ordinal);
        Assert.Empty(factory.Smtp.Received);
        Assert.Empty(Directory.GetFiles(folder, "*.tmp"));
    }
}
