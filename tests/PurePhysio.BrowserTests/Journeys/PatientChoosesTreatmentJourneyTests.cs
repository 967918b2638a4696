using Microsoft.Playwright;
using PurePhysio.BrowserTests.Infrastructure;
using PurePhysio.Web.Data;
using static Microsoft.Playwright.Assertions;

namespace PurePhysio.BrowserTests.Journeys;

/// <summary>
/// A patient choosing a clinic: what an appointment costs and takes, who reviewed the article and who
/// will treat them, how to get there, and (on a phone) a call button at the top of every page.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class PatientChoosesTreatmentJourneyTests(SiteFixture site)
{
    [Theory]
    [InlineData("phone")]
    [InlineData("desktop")]
    public async Task PatientComparesTreatmentsMeetsTheReviewerAndFindsTheWay(string viewportName)
    {
        const string journey = "patient-chooses-treatment";
        var viewport = Viewport.Named(viewportName);
        await using var session = await site.OpenAsync(viewport);
        var page = session.Page;

        await session.GoToAsync("/");
        var call = page.GetByRole(AriaRole.Banner).Locator("a.tap-to-call");
        if (viewportName == "phone")
        {
            await Expect(call).ToBeVisibleAsync();
            await Expect(call).ToHaveAttributeAsync("href", "tel:01632960123");
            var box = await call.BoundingBoxAsync();
            Assert.True(box is { Height: >= 44 }, "The tap-to-call link is a large enough target.");
        }
        else
        {
            await Expect(call).ToBeHiddenAsync();
        }

        await session.ScreenshotAsync(journey, "1-home");

        await page.GetByRole(AriaRole.Navigation, new() { Name = "Main" })
            .GetByRole(AriaRole.Link, new() { Name = "Treatments", Exact = true })
            .ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Treatments and prices");
        await session.ScreenshotAsync(journey, "2-treatments");

        await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = "Initial assessment", Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(site.App.Url("/treatments/" + SeedData.InitialAssessmentSlug));
        await Expect(page.Locator("main .price")).ToHaveTextAsync("£60");
        await Expect(page.Locator("main .facts")).ToContainTextAsync("1 hour");
        await session.ScreenshotAsync(journey, "3-treatment");

        await page.GetByRole(AriaRole.Region, new() { Name = "Conditions it can help" })
            .GetByRole(AriaRole.Link, new() { Name = SeedData.CervicalMyelopathyTitle, Exact = true })
            .ClickAsync();
        await Expect(page).ToHaveURLAsync(site.App.Url("/conditions/" + SeedData.CervicalMyelopathySlug));
        var reviewer = page.Locator("main .reviewed-by");
        await reviewer.ScrollIntoViewIfNeededAsync();
        await Expect(reviewer).ToContainTextAsync("Reviewed by Senior Physiotherapist (placeholder), Senior Physiotherapist on");
        await session.ScreenshotAsync(journey, "4-condition-reviewer");

        await reviewer.GetByRole(AriaRole.Link).ClickAsync();
        await Expect(page).ToHaveURLAsync(site.App.Url("/team/" + SeedData.PlaceholderPractitionerSlug));
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Check the HCPC register" })).ToHaveAttributeAsync("href", "https://www.hcpc-uk.org/check-the-register/");
        await session.ScreenshotAsync(journey, "5-team-member");

        await page.GetByRole(AriaRole.Navigation, new() { Name = "Main" })
            .GetByRole(AriaRole.Link, new() { Name = "Contact", Exact = true })
            .ClickAsync();
        var directions = page.GetByRole(AriaRole.Link, new() { Name = "Get directions in OpenStreetMap" });
        await directions.ScrollIntoViewIfNeededAsync();
        await Expect(directions).ToBeVisibleAsync();
        Assert.StartsWith("https://www.openstreetmap.org/directions?to=", await directions.GetAttributeAsync("href"), StringComparison.Ordinal);
        await Expect(page.Locator("main a.contact-phone")).ToHaveAttributeAsync("href", "tel:01632960123");
        await Expect(page.Locator("main .contact-hours")).ToContainTextAsync("Sunday");
        await session.ScreenshotAsync(journey, "6-contact");

        session.AssertNoBrowserErrors();
    }
}
