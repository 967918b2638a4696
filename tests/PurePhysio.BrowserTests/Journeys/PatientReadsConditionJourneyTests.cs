using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using PurePhysio.BrowserTests.Infrastructure;
using PurePhysio.Web.Data;
using static Microsoft.Playwright.Assertions;

namespace PurePhysio.BrowserTests.Journeys;

/// <summary>A patient finds an article from the home page and reads it, on a phone and on a desktop.</summary>
[Collection(SiteCollection.Name)]
public sealed class PatientReadsConditionJourneyTests(SiteFixture site)
{
    [Theory]
    [InlineData("phone")]
    [InlineData("desktop")]
    public async Task PatientGoesFromHomeToCervicalMyelopathySymptomsAndSeesOpeningHours(string viewportName)
    {
        const string journey = "patient-reads-condition";
        var symptoms = await site.App.WithDbAsync(db => db.Conditions
            .Where(c => c.Slug == SeedData.CervicalMyelopathySlug)
            .SelectMany(c => c.Symptoms)
            .OrderBy(s => s.SortOrder)
            .Select(s => s.Text)
            .ToListAsync());
        await using var session = await site.OpenAsync(Viewport.Named(viewportName));
        var page = session.Page;

        await session.GoToAsync("/");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeVisibleAsync();
        await session.ScreenshotAsync(journey, "1-home");

        await page.GetByRole(AriaRole.Navigation, new() { Name = "Main" })
            .GetByRole(AriaRole.Link, new() { Name = "Conditions", Exact = true })
            .ClickAsync();
        await Expect(page).ToHaveURLAsync(site.App.Url("/conditions"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Conditions we treat");
        await session.ScreenshotAsync(journey, "2-conditions");

        await page.GetByRole(AriaRole.Main)
            .GetByRole(AriaRole.Link, new() { Name = SeedData.CervicalMyelopathyTitle, Exact = true })
            .ClickAsync();
        await Expect(page).ToHaveURLAsync(site.App.Url("/conditions/" + SeedData.CervicalMyelopathySlug));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(SeedData.CervicalMyelopathyTitle);

        var symptomList = page.GetByRole(AriaRole.Region, new() { Name = "Symptoms" }).GetByRole(AriaRole.Listitem);
        await symptomList.First.ScrollIntoViewIfNeededAsync();
        await Expect(symptomList).ToHaveTextAsync(symptoms.ToArray());
        foreach (var item in await symptomList.AllAsync())
        {
            await Expect(item).ToBeVisibleAsync();
        }

        await session.ScreenshotAsync(journey, "3-condition");

        var hours = page.GetByRole(AriaRole.Banner).Locator(".opening-hours");
        await Expect(hours.GetByRole(AriaRole.Heading, new() { Name = "Opening Hours" })).ToBeVisibleAsync();
        await Expect(hours.GetByRole(AriaRole.Listitem)).ToHaveTextAsync(["Monday - Saturday 8AM - 8PM"]);
        await Expect(hours.Locator(".opening-hours__status")).ToHaveTextAsync(new Regex(@"^\s*(Open now until|Closed now)"));

        session.AssertNoBrowserErrors();
    }
}
