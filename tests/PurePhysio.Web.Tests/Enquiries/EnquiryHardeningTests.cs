using System.Net;
using AngleSharp.Html.Dom;
using PurePhysio.Web.Features.Enquiries;
using PurePhysio.Web.Tests.Infrastructure;
using Serilog.Events;

namespace PurePhysio.Web.Tests.Enquiries;

/// <summary>Control characters, the first press of the sidebar form, and quiet logs for normal requests (issue 15).</summary>
public sealed class EnquiryHardeningTests(EnquiryAppFactory factory) : IClassFixture<EnquiryAppFactory>
{
    private const string Article = "/conditions/cervical-myelopathy";

    [Fact]
    public async Task ControlCharactersAreRemovedFromSingleLineFieldsAndTheMessageKeepsOnlyItsLineBreaks()
    {
        var email = EnquiryForm.NewEmail();
        var values = EnquiryForm.Valid(email, message: "First line\r\nSecond\u0007 line\u001b[31m\tend");
        values["Name"] = "Alex\r\nBcc: someone@example.com\u0007\u2028Example";
        values["PreferredTimes"] = "Mornings\nonly\t please";
        values["Reason"] = "Knee\u0085pain";

        using var response = await EnquiryForm.SubmitAsync(factory.CreateBrowser(), values);

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        var stored = await factory.FindEnquiryAsync(email);
        Assert.NotNull(stored);
        Assert.Equal("Alex Bcc: someone@example.com Example", stored.Name);
        Assert.Equal("Mornings only please", stored.PreferredTimes);
        Assert.Equal("Knee pain", stored.Reason);
        Assert.Equal("First line\nSecond line[31m\tend", stored.Message);
        Assert.All(stored.OutboxMessages, m => Assert.DoesNotContain('\u0007', m.TextBody));
    }

    [Fact]
    public async Task ANameOfOnlyControlCharactersIsNoName()
    {
        var email = EnquiryForm.NewEmail();
        var values = EnquiryForm.Valid(email);
        values["Name"] = "\r\n\u0007";

        using var response = await EnquiryForm.SubmitAsync(factory.CreateBrowser(), values);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await Html.ParseAsync(response);
        Assert.Equal("Enter your name", page.One("#enquiry-name-error").Text().Replace("Error: ", "", StringComparison.Ordinal));
        Assert.Equal(0, await factory.CountEnquiriesAsync(email));
    }

    [Theory]
    [InlineData("Sec-Fetch-Site", "same-origin")]
    [InlineData("Origin", "http://localhost")]
    public async Task SidebarFormSucceedsOnTheFirstPressWhenTheBrowserSaysItIsSameOrigin(string header, string value)
    {
        // No JavaScript: the cached article's form has no token, only the page's signed start time.
        var client = factory.CreateBrowser();
        client.DefaultRequestHeaders.Add(header, value);
        var page = await client.GetDocumentAsync(Article);
        var form = (IHtmlFormElement)page.One(EnquiryForm.Selector);
        Assert.Null(form.QuerySelector("input[name='__RequestVerificationToken']"));
        var email = EnquiryForm.NewEmail();
        var values = EnquiryForm.Valid(email);
        values.Remove("Reason");

        using var response = await client.PostFormAsync(form, Article, values);

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        var enquiry = await factory.FindEnquiryAsync(email);
        Assert.NotNull(enquiry);
        Assert.Equal(Article, enquiry.SourcePage);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("none")]
    public async Task SidebarPostWithoutTokenOrSameOriginWordStillNeedsTheToken(string? fetchSite)
    {
        var client = factory.CreateBrowser();
        if (fetchSite is not null)
        {
            client.DefaultRequestHeaders.Add("Sec-Fetch-Site", fetchSite);
        }

        var page = await client.GetDocumentAsync(Article);
        var email = EnquiryForm.NewEmail();

        using var response = await client.PostFormAsync((IHtmlFormElement)page.One(EnquiryForm.Selector), Article, EnquiryForm.Valid(email));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(EnquiriesController.CheckAgainMessage, (await Html.ParseAsync(response)).One(".error-summary li").Text());
        Assert.Equal(0, await factory.CountEnquiriesAsync(email));
    }

    [Fact]
    public async Task SameOriginWordDoesNotBypassTheHoneypot()
    {
        var client = factory.CreateBrowser();
        client.DefaultRequestHeaders.Add("Sec-Fetch-Site", "same-origin");
        var page = await client.GetDocumentAsync(Article);
        var email = EnquiryForm.NewEmail();
        var values = EnquiryForm.Valid(email);
        values["Website"] = "http://spam.example";

        using var response = await client.PostFormAsync((IHtmlFormElement)page.One(EnquiryForm.Selector), Article, values);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(0, await factory.CountEnquiriesAsync(email));
    }

    [Theory]
    [InlineData("/enquiry")]
    [InlineData("/enquiry/form-token")]
    public async Task ANormalGetLogsNoWarning(string url)
    {
        var client = factory.CreateBrowser();
        // A new database's first request creates the Data Protection key (a one-off Warning, not per request).
        using (var first = await client.GetAsync(new Uri(url, UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        }

        var before = factory.Logs.Events.Count;

        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.CacheControl?.NoStore, "no-store expected");
        var warnings = factory.Logs.Events.Skip(before).Where(e => e.Level >= LogEventLevel.Warning).Select(TestLogSink.Render).ToList();
        Assert.Empty(warnings);
    }
}
