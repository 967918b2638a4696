using System.Net;
using System.Text;
using PurePhysio.Web.Features.Enquiries;
using PurePhysio.Web.Tests.Enquiries;
using PurePhysio.Web.Tests.Infrastructure;
using Serilog.Events;

namespace PurePhysio.Web.Tests.Hardening;

/// <summary>The enquiry app on Kestrel (dynamic port): the real server's body limits and request parsing, as in production.</summary>
public sealed class KestrelEnquiryAppFactory : EnquiryAppFactory
{
    public KestrelEnquiryAppFactory() => UseKestrel(0);

    /// <summary>A client of the real server: started first, so that its address is known.</summary>
    public HttpClient CreateKestrelBrowser()
    {
        StartServer();
        return CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions
        {
            AllowAutoRedirect = false,
            BaseAddress = ClientOptions.BaseAddress,
        });
    }
}

/// <summary>
/// What a web scanner or a broken client sends to the enquiry form: each gets 413 or 400 with the enquiry page
/// saying what to do, one Warning line without a stack trace, nothing stored, and never a 404 or an Error log.
/// </summary>
public sealed class MalformedPostTests(KestrelEnquiryAppFactory factory) : IClassFixture<KestrelEnquiryAppFactory>
{
    [Theory]
    [InlineData(70 * 1024)]
    [InlineData(1024 * 1024)]
    public async Task OversizedBodyAnswers413WithTheFormPageAndOneWarning(int bytes)
    {
        var email = EnquiryForm.NewEmail();
        var values = EnquiryForm.Valid(email, message: new string('x', bytes));

        var (response, page, warnings) = await PostAsync(client => EnquiryForm.SubmitAsync(client, values));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal(ReadableEnquiryPostAttribute.TooLargeMessage, page.One(".error-summary li").Text());
        Assert.NotNull(page.QuerySelector(EnquiryForm.Selector));
        AssertOneWarningWithoutStackTrace(warnings);
        Assert.Equal(0, await factory.CountEnquiriesAsync(email));
    }

    [Fact]
    public async Task TwoThousandFieldsAnswer400WithTheFormPage()
    {
        var fields = Enumerable.Range(0, 2000).Select(i => KeyValuePair.Create($"f{i}", "x"));
        await AssertUnreadableAsync(new FormUrlEncodedContent(fields));
    }

    [Fact]
    public async Task AThreeThousandCharacterKeyAnswers400WithTheFormPage()
    {
        var values = EnquiryForm.Valid(EnquiryForm.NewEmail());
        values[new string('k', 3000)] = "x";
        await AssertUnreadableAsync(new FormUrlEncodedContent(values));
    }

    [Fact]
    public async Task ABrokenMultipartBoundaryAnswers400WithTheFormPage()
    {
        var content = new StringContent("--wrong\r\nContent-Disposition: form-data; name=\"Name\"\r\n\r\nAlex\r\n--wrong--\r\n", Encoding.UTF8);
        content.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse("multipart/form-data; boundary=expected");
        await AssertUnreadableAsync(content);
    }

    [Fact]
    public async Task ANulByteAnswers400AndKeepsThePatientsOtherAnswers()
    {
        var client = factory.CreateKestrelBrowser();
        var form = await client.GetDocumentAsync("/enquiry");
        var fields = FormSubmission.FieldsOf((AngleSharp.Html.Dom.IHtmlFormElement)form.One(EnquiryForm.Selector));
        var email = EnquiryForm.NewEmail();
        foreach (var (key, value) in EnquiryForm.Valid(email, message: "My knee hurts"))
        {
            fields[key] = value;
        }

        // FormUrlEncodedContent would escape the NUL as %00, which is exactly what a scanner sends.
        fields["Name"] = "Alex\0Example";
        var (response, page, warnings) = await PostAsync(c => c.PostAsync(new Uri("/enquiry", UriKind.Relative), new FormUrlEncodedContent(fields)), client);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(ReadableEnquiryPostAttribute.CharactersRemovedMessage, page.One(".error-summary li").Text());
        Assert.Equal("Alex Example", page.One("#enquiry-name").GetAttribute("value"));
        Assert.Equal(email, page.One("#enquiry-email").GetAttribute("value"));
        Assert.Equal("My knee hurts", page.One("#enquiry-message").TextContent);
        AssertOneWarningWithoutStackTrace(warnings);
        Assert.Equal(0, await factory.CountEnquiriesAsync(email));

        // Sent again from the page shown, the enquiry goes through.
        using var again = await client.PostFormAsync((AngleSharp.Html.Dom.IHtmlFormElement)page.One(EnquiryForm.Selector), "/enquiry", new Dictionary<string, string>());
        // (A client of the real server follows the 303 to the confirmation page.)
        Assert.True(again.IsSuccessStatusCode || again.StatusCode == HttpStatusCode.SeeOther, $"sent again: {(int)again.StatusCode}");
        Assert.Equal(1, await factory.CountEnquiriesAsync(email));
    }

    private async Task AssertUnreadableAsync(HttpContent content)
    {
        var (response, page, warnings) = await PostAsync(client => client.PostAsync(new Uri("/enquiry", UriKind.Relative), content));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(ReadableEnquiryPostAttribute.UnreadableMessage, page.One(".error-summary li").Text());
        Assert.NotNull(page.QuerySelector(EnquiryForm.Selector));
        AssertOneWarningWithoutStackTrace(warnings);
    }

    private async Task<(HttpResponseMessage Response, AngleSharp.Html.Dom.IHtmlDocument Page, List<LogEvent> Warnings)> PostAsync(
        Func<HttpClient, Task<HttpResponseMessage>> post, HttpClient? client = null)
    {
        client ??= factory.CreateKestrelBrowser();
        // The first request of a new database creates the Data Protection key (a one-off Warning); measure after it.
        using (var warmUp = await client.GetAsync(new Uri("/enquiry", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.OK, warmUp.StatusCode);
        }

        var before = factory.Logs.Events.Count;
        var response = await post(client);
        var page = await Html.ParseAsync(response);
        var warnings = factory.Logs.Events.Skip(before).Where(e => e.Level >= LogEventLevel.Warning).ToList();
        return (response, page, warnings);
    }

    private static void AssertOneWarningWithoutStackTrace(List<LogEvent> warnings)
    {
        var warning = Assert.Single(warnings);
        Assert.Equal(LogEventLevel.Warning, warning.Level);
        Assert.Null(warning.Exception);
        Assert.Contains("Enquiry post not readable", warning.RenderMessage(), StringComparison.Ordinal);
    }
}
