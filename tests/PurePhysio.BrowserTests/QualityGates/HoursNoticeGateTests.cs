using Microsoft.Playwright;
using PurePhysio.BrowserTests.Infrastructure;
using PurePhysio.Web.Domain;
using static Microsoft.Playwright.Assertions;

namespace PurePhysio.BrowserTests.QualityGates;

/// <summary>
/// The header notice of upcoming closures and special hours passes axe-core (phone and desktop) and the Nu Html
/// Checker. On its own app (<see cref="OwnApp"/>) with a closure and special hours in the coming week, so the
/// shared app's pages stay as seeded.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class HoursNoticeGateTests(SiteFixture site, OwnApp own) : IClassFixture<OwnApp>, IAsyncLifetime
{
    public async Task InitializeAsync()
    {
        // Days the seeded week opens (not Sunday) within the default seven days' notice.
        var london = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, london).DateTime);
        var openDays = Enumerable.Range(2, 5).Select(today.AddDays).Where(d => d.DayOfWeek != DayOfWeek.Sunday).ToList();
        await own.App.WithDbAsync(async db =>
        {
            if (!db.Closures.Any(c => c.Reason == "Staff training"))
            {
                db.Closures.Add(new Closure { StartDate = openDays[0], EndDate = openDays[0], Reason = "Staff training" });
                db.SpecialOpeningHours.Add(new SpecialOpeningHours { Date = openDays[1], Opens = new TimeOnly(10, 0), Closes = new TimeOnly(14, 0), Reason = "Short day" });
                await db.SaveChangesAsync();
            }
        });
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public static TheoryData<string> Viewports()
    {
        var data = new TheoryData<string>();
        foreach (var viewport in Viewport.Both)
        {
            data.Add(viewport.Name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Viewports))]
    public async Task TheHeaderNoticeHasNoWcagViolations(string viewportName)
    {
        var viewport = Viewport.Named(viewportName);
        await using var session = await site.OpenAsync(own.App, viewport);

        await session.GoToAsync("/");

        var notice = session.Page.GetByRole(AriaRole.Banner).Locator("#hours-notice");
        // A bank holiday in the coming week would be a third notice.
        await Expect(notice.Locator("li", new() { HasText = "(Staff training)" })).ToHaveCountAsync(1);
        await Expect(notice.Locator("li", new() { HasText = "(Short day)" })).ToContainTextAsync("Open 10AM - 2PM on");
        await Accessibility.AssertNoViolationsAsync(session.Page, viewport.ToString());
    }

    [Fact]
    public async Task TheHeaderNoticeIsValidHtml()
    {
        using var client = own.App.CreateClient();
        using var response = await client.GetAsync(new Uri("/", UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("id=\"hours-notice\"", html, StringComparison.Ordinal);

        await NuHtmlChecker.AssertValidAsync([new ServedPage("home with hours notice", "/", html)]);
    }
}
