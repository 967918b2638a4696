using Microsoft.Playwright;
using PurePhysio.BrowserTests.Infrastructure;
using PurePhysio.Web.Data;
using static Microsoft.Playwright.Assertions;

namespace PurePhysio.BrowserTests.Journeys;

/// <summary>A patient types a symptom into the header search box and reaches the article about it.</summary>
[Collection(SiteCollection.Name)]
public sealed class PatientSearchesJourneyTests(SiteFixture site)
{
    [Theory]
    [InlineData("phone")]
    [InlineData("desktop")]
    public async Task PatientSearchesFromTheHeaderAndReachesTheConditionPage(string viewportName)
    {
        const string journey = "patient-searches";
        await using var session = await site.OpenAsync(Viewport.Named(viewportName));
        var page = session.Page;
        await session.GoToAsync("/");

        var search = page.GetByRole(AriaRole.Banner).GetByRole(AriaRole.Search);
        await search.GetByRole(AriaRole.Combobox, new() { Name = "Search the site" }).FillAsync("spinal cord compression in the neck");
        await session.ScreenshotAsync(journey, "1-typed");
        await search.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex(@"/search\?q=spinal\+cord\+compression\+in\+the\+neck$"));
        await Expect(page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Status)).ToContainTextAsync("for “spinal cord compression in the neck”");
        var firstResult = page.GetByRole(AriaRole.Main).Locator(".search-results > li").First;
        await Expect(firstResult.GetByRole(AriaRole.Heading)).ToHaveTextAsync(SeedData.CervicalMyelopathyTitle);
        await session.ScreenshotAsync(journey, "2-results");

        await firstResult.GetByRole(AriaRole.Link, new() { Name = SeedData.CervicalMyelopathyTitle }).ClickAsync();

        await Expect(page).ToHaveURLAsync(site.App.Url("/conditions/" + SeedData.CervicalMyelopathySlug));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(SeedData.CervicalMyelopathyTitle);
        await session.ScreenshotAsync(journey, "3-condition");
        session.AssertNoBrowserErrors();
    }
}
