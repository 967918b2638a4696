using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using PurePhysio.BrowserTests.Infrastructure;
using PurePhysio.Web.Data;
using static Microsoft.Playwright.Assertions;

namespace PurePhysio.BrowserTests.Journeys;

/// <summary>A patient who uses only the keyboard can skip to the content, always sees where focus is, and can reach search.</summary>
[Collection(SiteCollection.Name)]
public sealed class KeyboardJourneyTests(SiteFixture site)
{
    [Theory]
    [InlineData("phone")]
    [InlineData("desktop")]
    public async Task SkipLinkIsTheFirstTabStopAndMovesFocusToTheMainContent(string viewportName)
    {
        await using var session = await site.OpenAsync(Viewport.Named(viewportName));
        var page = session.Page;
        await session.GoToAsync("/conditions/" + SeedData.CervicalMyelopathySlug);

        await page.Keyboard.PressAsync("Tab");
        var first = await Focus.CurrentAsync(page, "a.skip-link");
        Assert.True(first.MatchesSelector, $"The first Tab stop is {first}, not the skip link.");
        Assert.True(first.IsVisiblyFocused, $"The focused skip link is not visible: {first}.");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Skip to main content" })).ToBeInViewportAsync();
        await session.ScreenshotAsync("keyboard", "1-skip-link");

        await page.Keyboard.PressAsync("Enter");
        var main = await Focus.CurrentAsync(page, "main#main");
        Assert.True(main.MatchesSelector, $"After the skip link, focus is on {main}, not the main content.");

        // The next Tab continues from the main content: the first link in the article, not the header again.
        await page.Keyboard.PressAsync("Tab");
        var next = await Focus.CurrentAsync(page, "main#main *");
        Assert.True(next.MatchesSelector && next.IsVisiblyFocused, $"After the skip link, Tab went to {next}.");
        session.AssertNoBrowserErrors();
    }

    [Theory]
    [InlineData("/", "phone")]
    [InlineData("/", "desktop")]
    [InlineData("/conditions/" + SeedData.CervicalMyelopathySlug, "phone")]
    [InlineData("/conditions/" + SeedData.CervicalMyelopathySlug, "desktop")]
    public async Task EveryTabStopShowsWhereFocusIs(string path, string viewportName)
    {
        await using var session = await site.OpenAsync(Viewport.Named(viewportName));
        var page = session.Page;
        await session.GoToAsync(path);

        // Tab through the whole page; the end of the footer comes round to the address bar (body) again.
        var stops = 0;
        for (; stops < 150; stops++)
        {
            await page.Keyboard.PressAsync("Tab");
            var focused = await Focus.CurrentAsync(page);
            if (focused.IsBody)
            {
                break;
            }

            Assert.True(focused.IsVisiblyFocused, $"Tab stop {stops + 1} on {path} ({viewportName}) has no visible focus: {focused}.");
        }

        Assert.InRange(stops, 10, 149);
    }

    [Theory]
    [InlineData("phone")]
    [InlineData("desktop")]
    public async Task HeaderSearchLeadsToTheArticleWithTheKeyboard(string viewportName)
    {
        await using var session = await site.OpenAsync(Viewport.Named(viewportName));
        var page = session.Page;
        await session.GoToAsync("/");

        await Focus.TabToAsync(page, "#site-search-q");
        await Expect(page.GetByRole(AriaRole.Combobox, new() { Name = "Search the site" })).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync("myelopathy");
        await Focus.TabToAsync(page, "form[role=search] button[type=submit]", maxStops: 1);
        await session.ScreenshotAsync("keyboard", "2-header-search");
        await page.Keyboard.PressAsync("Enter");

        await Expect(page).ToHaveURLAsync(site.App.Url("/search?q=myelopathy"));
        await Focus.TabToAsync(page, $"main a[href='/conditions/{SeedData.CervicalMyelopathySlug}']");
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(SeedData.CervicalMyelopathyTitle);
        session.AssertNoBrowserErrors();
    }

    [Theory]
    [InlineData("phone")]
    [InlineData("desktop")]
    public async Task EnquiryFormCanBeCompletedWithTabSpaceAndEnter(string viewportName)
    {
        await using var session = await site.OpenAsync(Viewport.Named(viewportName));
        var page = session.Page;
        var patient = EnquiryDetails.NewPatient();
        await session.GoToAsync("/enquiry");

        // Every Tab on the way is checked for a visible focus indicator (Focus.TabToAsync).
        await Focus.TabToAsync(page, "#enquiry-name");
        await page.Keyboard.TypeAsync(patient.Name);
        await Focus.TabToAsync(page, "#enquiry-email", maxStops: 1);
        await page.Keyboard.TypeAsync(patient.Email);
        await Focus.TabToAsync(page, "#enquiry-phone", maxStops: 1);
        await page.Keyboard.TypeAsync(patient.Phone);
        await Focus.TabToAsync(page, "input[name=PreferredContactMethod]", maxStops: 1);
        await page.Keyboard.PressAsync("Space");
        await Focus.TabToAsync(page, "#enquiry-message", maxStops: 3);
        await page.Keyboard.TypeAsync(patient.Message);
        await Focus.TabToAsync(page, "#enquiry-consent", maxStops: 1);
        await page.Keyboard.PressAsync("Space");
        await Focus.TabToAsync(page, "form[data-enquiry-form] button[type=submit]", maxStops: 2);
        await session.ScreenshotAsync("keyboard", "3-enquiry-filled");
        await page.Keyboard.PressAsync("Enter");

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Thank you, your enquiry has been sent");
        var stored = await site.App.WithDbAsync(db => db.Enquiries.AsNoTracking().SingleAsync(e => e.Email == patient.Email));
        Assert.Equal((patient.Name, patient.Phone, patient.Message, Web.Domain.ContactMethod.Email),
            (stored.Name, stored.Phone, stored.Message, stored.PreferredContactMethod));
        session.AssertNoBrowserErrors();
    }

    [Theory]
    [InlineData("phone")]
    [InlineData("desktop")]
    public async Task StaffSignInCanBeCompletedWithTabAndEnter(string viewportName)
    {
        var email = await Staff.CreateAsync(site.App, Web.Features.Admin.AdminRoles.Editor);
        await using var session = await site.OpenAsync(Viewport.Named(viewportName));
        var page = session.Page;
        await session.GoToAsync("/admin/sign-in");

        await Focus.TabToAsync(page, "#Email");
        await page.Keyboard.TypeAsync(email);
        await Focus.TabToAsync(page, "#Password", maxStops: 1);
        await page.Keyboard.TypeAsync(Staff.Password);
        await Focus.TabToAsync(page, "#sign-in-form button[type=submit]", maxStops: 1);
        await session.ScreenshotAsync("keyboard", "4-admin-sign-in");
        await page.Keyboard.PressAsync("Enter");

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Dashboard");
        session.AssertNoBrowserErrors();
    }
}
