using System.Net;
using AngleSharp.Html.Dom;
using PurePhysio.Web.Domain;
using PurePhysio.Web.Features.Enquiries;
using PurePhysio.Web.Tests.Infrastructure;

namespace PurePhysio.Web.Tests.Enquiries;

public sealed class EnquiryFormTests(EnquiryAppFactory factory) : IClassFixture<EnquiryAppFactory>
{
    private const string SeedNotice = "Please note - this is only an enquiry form, we will contact you to confirm appointment details.";

    [Fact]
    public async Task EnquiryPageShowsTheFormWithLabelledFieldsAndTheSeedNotice()
    {
        var page = await factory.CreateClient().GetDocumentAsync("/enquiry");

        Assert.Equal("Appointment Enquiry", page.One("main h1").Text());
        Assert.Equal(SeedNotice, page.One("main .notice").Text());
        var form = (IHtmlFormElement)page.One(EnquiryForm.Selector);
        Assert.Equal("post", form.Method);
        Assert.NotNull(form.QuerySelector("input[name='__RequestVerificationToken']"));
        Assert.NotNull(form.QuerySelector("input[name='FormStarted']"));
        foreach (var control in form.QuerySelectorAll("input:not([type='hidden']), textarea"))
        {
            Assert.NotNull(page.QuerySelector($"label[for='{control.Id}']"));
        }

        Assert.Equal("email", form.One("input[name='Email']").GetAttribute("type"));
        Assert.Equal("tel", form.One("input[name='Phone']").GetAttribute("type"));
        Assert.NotNull(form.One("textarea[name='Message']").GetAttribute("required"));
        Assert.Equal("4000", form.One("textarea[name='Message']").GetAttribute("maxlength"));
    }

    [Fact]
    public async Task ConsentIsASeparateRequiredCheckboxLinkedToThePrivacyPolicy()
    {
        var page = await factory.CreateClient().GetDocumentAsync("/enquiry");

        var consent = page.One("input[name='Consent']");
        Assert.Equal("checkbox", consent.GetAttribute("type"));
        Assert.NotNull(consent.GetAttribute("required"));
        Assert.Null(consent.GetAttribute("checked"));
        var label = page.One($"label[for='{consent.Id}']");
        Assert.Equal("/privacy-policy", label.One("a").GetAttribute("href"));
    }

    [Fact]
    public async Task HoneypotIsHiddenFromPeopleAndAssistiveTechnology()
    {
        var page = await factory.CreateClient().GetDocumentAsync("/enquiry");

        var trap = page.One("input[name='Website']");
        Assert.Equal("-1", trap.GetAttribute("tabindex"));
        Assert.Equal("off", trap.GetAttribute("autocomplete"));
        Assert.Equal("true", trap.ParentElement!.GetAttribute("aria-hidden"));
    }

    [Fact]
    public async Task ConditionLinkPrefillsTheReasonWithTheConditionTitle()
    {
        var page = await factory.CreateClient().GetDocumentAsync("/enquiry?condition=cervical-myelopathy");

        Assert.Equal("Cervical Myelopathy", page.One("input[name='Reason']").GetAttribute("value"));
        Assert.Equal("cervical-myelopathy", page.One("input[name='ConditionSlug']").GetAttribute("value"));
    }

    [Fact]
    public async Task ConditionPageCarriesTheFormBesideTheArticleWithoutAPerVisitorToken()
    {
        using var response = await factory.CreateClient().GetAsync(new Uri("/conditions/cervical-myelopathy", UriKind.Relative));
        var page = await Html.ParseAsync(response);

        var sidebar = page.One("aside.sidebar");
        Assert.Equal("Appointment Enquiry", sidebar.One("h2#enquiry-form-heading").Text());
        Assert.Equal(SeedNotice, sidebar.One(".notice").Text());
        var form = sidebar.One(EnquiryForm.Selector);
        Assert.Equal("/enquiry", form.GetAttribute("action"));
        Assert.Equal("cervical-myelopathy", form.One("input[name='ConditionSlug']").GetAttribute("value"));
        Assert.Equal("Cervical Myelopathy", form.One("input[name='Reason']").GetAttribute("value"));
        // Cache-safe: nothing in the page or its headers belongs to one visitor. The signed start time is the
        // page's own (the same for every visitor of a cached copy), so a same-origin browser post works without JavaScript.
        Assert.Null(form.QuerySelector("input[name='__RequestVerificationToken']"));
        Assert.NotNull(form.QuerySelector("input[name='FormStarted']"));
        Assert.False(response.Headers.Contains("Set-Cookie"));
        Assert.Equal("/enquiry/form-token", form.Closest("[data-token-url]")!.GetAttribute("data-token-url"));
    }

    [Fact]
    public async Task ValidEnquiryIsStoredWithConsentAndRedirectsToItsReference()
    {
        var client = factory.CreateBrowser();
        var email = EnquiryForm.NewEmail();

        using var response = await EnquiryForm.SubmitAsync(client, EnquiryForm.Valid(email));

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        var location = response.Headers.Location!.ToString();
        Assert.Matches("^/enquiry/sent/pp-[2-9a-z]{6}$", location);
        var enquiry = await factory.FindEnquiryAsync(email);
        Assert.NotNull(enquiry);
        Assert.Equal(location[^9..].ToUpperInvariant(), enquiry.Reference);
        Assert.Equal(EnquiryConsent.Version, enquiry.ConsentVersion);
        Assert.True(enquiry.ConsentGivenAt > DateTimeOffset.UtcNow.AddMinutes(-5));
        Assert.Equal(EnquiryStatus.New, enquiry.Status);
        Assert.Equal(ContactMethod.Phone, enquiry.PreferredContactMethod);
        Assert.Equal("/enquiry", enquiry.SourcePage);
        Assert.Equal([OutboxMessageKind.StaffNotification, OutboxMessageKind.PatientAcknowledgement],
            enquiry.OutboxMessages.Select(m => m.Kind).Order());

        var confirmation = await client.GetDocumentAsync(location);
        Assert.Equal(enquiry.Reference, confirmation.One(".enquiry-sent__reference").Text());
    }

    [Fact]
    public async Task ConfirmationPageForAnUnknownReferenceIsNotFound()
    {
        using var response = await factory.CreateClient().GetAsync(new Uri("/enquiry/sent/PP-ZZZZZZ", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task InvalidEnquiryIsShownAgainWithMessagesNextToFieldsAndNothingIsStored()
    {
        var email = "not-an-email";
        var values = EnquiryForm.Valid(email);
        values["Name"] = "";
        values["Message"] = new string('x', 4001);
        values.Remove("Consent");

        using var response = await EnquiryForm.SubmitAsync(factory.CreateBrowser(), values);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await Html.ParseAsync(response);
        Assert.StartsWith("Error:", page.Title, StringComparison.Ordinal);
        var summaryLinks = page.One(".error-summary").QuerySelectorAll("a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["#enquiry-name", "#enquiry-email", "#enquiry-message", "#enquiry-consent"], summaryLinks);
        foreach (var (field, expected) in new[]
                 {
                     ("name", "Enter your name"),
                     ("email", "Enter an email address in the correct format, like name@example.com"),
                     ("message", "Your message must be 4000 characters or fewer"),
                     ("consent", "Tick the box to agree to us using the information you send"),
                 })
        {
            var control = page.One($"#enquiry-{field}");
            Assert.Equal("true", control.GetAttribute("aria-invalid"));
            var error = page.One($"#enquiry-{field}-error");
            Assert.Contains(error.Id!, control.GetAttribute("aria-describedby")!.Split(' '));
            Assert.Equal($"Error: {expected}", error.Text());
        }

        // What the patient typed is kept.
        Assert.Equal(email, page.One("#enquiry-email").GetAttribute("value"));
        Assert.Equal(values["Message"], page.One("#enquiry-message").TextContent);
        Assert.NotNull(page.One("#enquiry-preferredcontactmethod-phone").GetAttribute("checked"));
        Assert.Null(page.QuerySelector("#enquiry-phone[aria-invalid]"));
        Assert.Equal(0, await factory.CountEnquiriesAsync(email));
    }

    [Fact]
    public async Task PhoneNumberIsNeededWhenThePatientAsksForACall()
    {
        var email = EnquiryForm.NewEmail();
        var values = EnquiryForm.Valid(email);
        values["Phone"] = "";

        using var response = await EnquiryForm.SubmitAsync(factory.CreateBrowser(), values);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await Html.ParseAsync(response);
        Assert.Equal("Error: Enter a phone number, or choose to be contacted by email", page.One("#enquiry-phone-error").Text());
        Assert.Equal(0, await factory.CountEnquiriesAsync(email));
    }

    [Theory]
    [InlineData("12345")]
    [InlineData("call me maybe 0123")]
    public async Task ImplausiblePhoneNumberIsRejected(string phone)
    {
        var email = EnquiryForm.NewEmail();
        var values = EnquiryForm.Valid(email);
        values["Phone"] = phone;

        using var response = await EnquiryForm.SubmitAsync(factory.CreateBrowser(), values);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull((await Html.ParseAsync(response)).QuerySelector("#enquiry-phone-error"));
        Assert.Equal(0, await factory.CountEnquiriesAsync(email));
    }

    [Fact]
    public async Task PostWithoutAntiforgeryTokenIsRejectedThenSucceedsFromTheFormShownAgain()
    {
        var client = factory.CreateBrowser();
        var email = EnquiryForm.NewEmail();
        var values = EnquiryForm.Valid(email);
        var page = await client.GetDocumentAsync("/enquiry");
        var fields = FormSubmission.FieldsOf((IHtmlFormElement)page.One(EnquiryForm.Selector));
        fields.Remove("__RequestVerificationToken");
        foreach (var (key, value) in values)
        {
            fields[key] = value;
        }

        using var rejected = await client.PostAsync(new Uri("/enquiry", UriKind.Relative), new FormUrlEncodedContent(fields));

        Assert.Equal(HttpStatusCode.BadRequest, rejected.StatusCode);
        Assert.Equal(0, await factory.CountEnquiriesAsync(email));
        // Like the sidebar form without JavaScript: the patient's details come back with a fresh token.
        var again = await Html.ParseAsync(rejected);
        Assert.Equal(EnquiriesController.CheckAgainMessage, again.One(".error-summary li").Text());
        Assert.Equal(values["Message"], again.One("#enquiry-message").TextContent);
        using var accepted = await client.PostFormAsync((IHtmlFormElement)again.One(EnquiryForm.Selector), "/enquiry", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.SeeOther, accepted.StatusCode);
        Assert.Equal(1, await factory.CountEnquiriesAsync(email));
    }

    [Fact]
    public async Task ForgedAntiforgeryTokenIsRejectedAndNothingIsStored()
    {
        var email = EnquiryForm.NewEmail();
        var values = EnquiryForm.Valid(email);
        values["__RequestVerificationToken"] = "CfDJ8forged-token-that-was-never-issued";

        using var response = await EnquiryForm.SubmitAsync(factory.CreateBrowser(), values);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(0, await factory.CountEnquiriesAsync(email));
    }

    [Fact]
    public async Task AnotherVisitorsTokenIsRejectedAndNothingIsStored()
    {
        // What a token baked into a cached page amounts to: issued to someone else's cookie.
        var firstVisitor = await factory.CreateBrowser().GetDocumentAsync("/enquiry");
        var token = firstVisitor.One("input[name='__RequestVerificationToken']").GetAttribute("value")!;
        var email = EnquiryForm.NewEmail();
        var values = EnquiryForm.Valid(email);
        values["__RequestVerificationToken"] = token;

        using var response = await EnquiryForm.SubmitAsync(factory.CreateBrowser(), values);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(0, await factory.CountEnquiriesAsync(email));
    }

    [Theory]
    [InlineData("Sec-Fetch-Site", "cross-site")]
    [InlineData("Sec-Fetch-Site", "same-site")]
    [InlineData("Origin", "https://attacker.example")]
    public async Task CrossSitePostIsRejectedWithoutEchoingWhatWasPosted(string header, string value)
    {
        var client = factory.CreateBrowser();
        var page = await client.GetDocumentAsync("/enquiry");
        var fields = FormSubmission.FieldsOf((IHtmlFormElement)page.One(EnquiryForm.Selector));
        var email = EnquiryForm.NewEmail();
        foreach (var (key, v) in EnquiryForm.Valid(email))
        {
            fields[key] = v;
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, "/enquiry") { Content = new FormUrlEncodedContent(fields) };
        request.Headers.Add(header, value);
        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var result = await Html.ParseAsync(response);
        Assert.Equal("Bad request", result.One("main h1").Text());
        Assert.Null(result.QuerySelector(EnquiryForm.Selector));
        Assert.Equal(0, await factory.CountEnquiriesAsync(email));
    }

    [Fact]
    public async Task SameOriginBrowserPostIsAccepted()
    {
        var client = factory.CreateBrowser();
        client.DefaultRequestHeaders.Add("Sec-Fetch-Site", "same-origin");
        client.DefaultRequestHeaders.Add("Origin", "http://localhost");
        var email = EnquiryForm.NewEmail();

        using var response = await EnquiryForm.SubmitAsync(client, EnquiryForm.Valid(email));

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.Equal(1, await factory.CountEnquiriesAsync(email));
    }

    [Fact]
    public async Task SidebarFormIsSentWithTheSeparatelyFetchedToken()
    {
        var client = factory.CreateBrowser();
        var page = await client.GetDocumentAsync("/conditions/cervical-myelopathy");
        var form = (IHtmlFormElement)page.One(EnquiryForm.Selector);

        // What enquiry-form.js does: fetch a token for this visitor and add it to the cached form.
        using var tokenResponse = await client.GetAsync(new Uri(form.Closest("[data-token-url]")!.GetAttribute("data-token-url")!, UriKind.Relative));
        Assert.Contains("no-store", tokenResponse.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
        var token = System.Text.Json.JsonDocument.Parse(await tokenResponse.Content.ReadAsStringAsync()).RootElement;
        var email = EnquiryForm.NewEmail();
        var values = EnquiryForm.Valid(email);
        values.Remove("Reason");
        values[token.GetProperty("tokenField").GetString()!] = token.GetProperty("token").GetString()!;
        values[token.GetProperty("startedField").GetString()!] = token.GetProperty("started").GetString()!;

        using var response = await client.PostFormAsync(form, "/conditions/cervical-myelopathy", values);

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        var enquiry = await factory.FindEnquiryAsync(email);
        Assert.NotNull(enquiry);
        Assert.Equal("/conditions/cervical-myelopathy", enquiry.SourcePage);
        Assert.Equal("Cervical Myelopathy", enquiry.Reason);
    }

    [Fact]
    public async Task FilledHoneypotStoresNothing()
    {
        var email = EnquiryForm.NewEmail();
        var values = EnquiryForm.Valid(email);
        values["Website"] = "http://spam.example";

        using var response = await EnquiryForm.SubmitAsync(factory.CreateBrowser(), values);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await Html.ParseAsync(response);
        Assert.Equal("", page.One("input[name='Website']").GetAttribute("value") ?? "");
        Assert.Equal(0, await factory.CountEnquiriesAsync(email));
    }

    [Fact]
    public async Task TamperedFormStartTimeStoresNothing()
    {
        var email = EnquiryForm.NewEmail();
        var values = EnquiryForm.Valid(email);
        values["FormStarted"] = "0";

        using var response = await EnquiryForm.SubmitAsync(factory.CreateBrowser(), values);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(0, await factory.CountEnquiriesAsync(email));
    }
}
