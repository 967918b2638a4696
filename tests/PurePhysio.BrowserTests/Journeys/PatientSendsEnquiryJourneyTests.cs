using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using PurePhysio.BrowserTests.Infrastructure;
using PurePhysio.Web.Data;
using PurePhysio.Web.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace PurePhysio.BrowserTests.Journeys;

/// <summary>
/// A patient reading an article sends an enquiry from the form beside it: first with a mistake, then correctly;
/// the clinic's staff receive the mail. With JavaScript on and off, on a phone and on a desktop.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed partial class PatientSendsEnquiryJourneyTests(SiteFixture site)
{
    private const string PhoneError = "Enter a phone number, like 01632 960 001 or +44 7700 900 982";
    private const string CheckAgainError = "We could not send your enquiry yet";

    [Theory]
    [InlineData("phone")]
    [InlineData("desktop")]
    public async Task PatientCorrectsAMistakeAndSendsAnEnquiryFromBesideTheArticle(string viewportName)
    {
        const string journey = "enquiry-js-on";
        await using var session = await site.OpenAsync(Viewport.Named(viewportName));
        var page = session.Page;
        var patient = EnquiryDetails.NewPatient();
        await session.GoToAsync("/conditions/" + SeedData.CervicalMyelopathySlug);

        // enquiry-form.js fetched this visitor's token: the cached article form can post straight away.
        var sidebarForm = EnquiryForm.Beside(page);
        await Expect(sidebarForm.Locator("input[name='__RequestVerificationToken']")).ToHaveCountAsync(1);
        await EnquiryForm.FillAsync(sidebarForm, patient with { Phone = "call me after five" });
        await session.ScreenshotAsync(journey, "1-filled-beside-article");
        var rejected = await EnquiryForm.SendAsync(page, sidebarForm);

        Assert.Equal(400, rejected.Status);
        var form = EnquiryForm.OnPage(page);
        var phone = form.GetByLabel("Phone number");
        await Expect(phone).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(phone).ToHaveAccessibleDescriptionAsync(new Regex(Regex.Escape(PhoneError)));
        await Expect(page.Locator("[data-error-summary]")).ToBeFocusedAsync();
        await AssertKeptAsync(form, patient with { Phone = "call me after five" });
        await session.ScreenshotAsync(journey, "2-mistake-shown");

        await phone.FillAsync(patient.Phone);
        var sent = await EnquiryForm.SendAsync(page, form);

        await AssertConfirmedAndMailedAsync(session, sent, patient, journey);
    }

    [Theory]
    [InlineData("phone")]
    [InlineData("desktop")]
    public async Task PatientSendsAnEnquiryFromBesideTheArticleOnTheFirstPressWithJavaScriptOff(string viewportName)
    {
        const string journey = "enquiry-js-off-first-press";
        await using var session = await site.OpenAsync(Viewport.Named(viewportName), javaScript: false);
        var page = session.Page;
        var patient = EnquiryDetails.NewPatient();
        await session.GoToAsync("/conditions/" + SeedData.CervicalMyelopathySlug);

        // Without JavaScript the cached article form has no token; the browser's Sec-Fetch-Site: same-origin
        // stands in for it (ADR 0003), so the first press is enough.
        var sidebarForm = EnquiryForm.Beside(page);
        await Expect(sidebarForm.Locator("input[name='__RequestVerificationToken']")).ToHaveCountAsync(0);
        await EnquiryForm.FillAsync(sidebarForm, patient);
        await session.ScreenshotAsync(journey, "1-filled-beside-article");
        string? fetchSite = null;
        page.Request += async (_, request) =>
        {
            if (request.Method == "POST" && request.Url.EndsWith("/enquiry", StringComparison.Ordinal))
            {
                fetchSite = await request.HeaderValueAsync("sec-fetch-site");
            }
        };
        var sent = await EnquiryForm.SendAsync(page, sidebarForm);

        Assert.Equal("same-origin", fetchSite);
        await AssertConfirmedAndMailedAsync(session, sent, patient, journey);
    }

    [Theory]
    [InlineData("phone")]
    [InlineData("desktop")]
    public async Task PatientCorrectsAMistakeAndSendsAnEnquiryFromBesideTheArticleWithJavaScriptOff(string viewportName)
    {
        const string journey = "enquiry-js-off";
        await using var session = await site.OpenAsync(Viewport.Named(viewportName), javaScript: false);
        var page = session.Page;
        var patient = EnquiryDetails.NewPatient();
        await session.GoToAsync("/conditions/" + SeedData.CervicalMyelopathySlug);

        // The mistake is the only thing the patient is told about: no "send again" for a missing token.
        var sidebarForm = EnquiryForm.Beside(page);
        await EnquiryForm.FillAsync(sidebarForm, patient with { Phone = "call me after five" });
        await session.ScreenshotAsync(journey, "1-filled-beside-article");
        var rejected = await EnquiryForm.SendAsync(page, sidebarForm);

        Assert.Equal(400, rejected.Status);
        await Expect(page.Locator("[data-error-summary]")).Not.ToContainTextAsync(CheckAgainError);
        var form = EnquiryForm.OnPage(page);
        var phone = form.GetByLabel("Phone number");
        await Expect(phone).ToHaveAccessibleDescriptionAsync(new Regex(Regex.Escape(PhoneError)));
        await AssertKeptAsync(form, patient with { Phone = "call me after five" });
        Assert.Equal(0, await site.App.WithDbAsync(db => db.Enquiries.CountAsync(e => e.Email == patient.Email)));
        await session.ScreenshotAsync(journey, "2-mistake-shown");

        await phone.FillAsync(patient.Phone);
        var sent = await EnquiryForm.SendAsync(page, form);

        await AssertConfirmedAndMailedAsync(session, sent, patient, journey);
    }

    private static async Task AssertKeptAsync(ILocator form, EnquiryDetails typed)
    {
        await Expect(form.GetByLabel("Name", new() { Exact = true })).ToHaveValueAsync(typed.Name);
        await Expect(form.GetByLabel("Email address")).ToHaveValueAsync(typed.Email);
        await Expect(form.GetByLabel("Phone number")).ToHaveValueAsync(typed.Phone);
        await Expect(form.GetByRole(AriaRole.Radio, new() { Name = "By phone" })).ToBeCheckedAsync();
        await Expect(form.GetByLabel("Your message")).ToHaveValueAsync(typed.Message);
        await Expect(form.GetByRole(AriaRole.Checkbox)).ToBeCheckedAsync();
    }

    private async Task AssertConfirmedAndMailedAsync(BrowserSession session, IResponse sent, EnquiryDetails patient, string journey)
    {
        var page = session.Page;
        Assert.Equal(200, sent.Status);
        await Expect(page).ToHaveURLAsync(ConfirmationUrl());
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Thank you, your enquiry has been sent");
        var shownReference = (await page.Locator(".enquiry-sent__reference").InnerTextAsync()).Trim();
        await session.ScreenshotAsync(journey, "3-confirmation");

        var stored = await site.App.WithDbAsync(db => db.Enquiries.AsNoTracking().SingleAsync(e => e.Email == patient.Email));
        Assert.Equal(stored.Reference, shownReference);
        Assert.Equal(patient.Message, stored.Message);
        Assert.Equal("/conditions/" + SeedData.CervicalMyelopathySlug, stored.SourcePage);

        var staffMail = await Eventually.MatchesAsync(
            () => site.App.Smtp.Received.SingleOrDefault(m => m.Subject == $"New appointment enquiry {shownReference}"),
            mail => mail is not null,
            $"the staff mail for {shownReference} at the test SMTP server");
        Assert.Equal(BrowserApp.StaffAddress, Assert.Single(staffMail!.To.Mailboxes).Address);
        Assert.Contains(patient.Message, staffMail.TextBody, StringComparison.Ordinal);
        Assert.Contains(patient.Phone, staffMail.TextBody, StringComparison.Ordinal);
        session.AssertNoBrowserErrors();
    }

    [GeneratedRegex(@"/enquiry/sent/pp-[2-9a-z]{6}$")]
    private static partial Regex ConfirmationUrl();
}
