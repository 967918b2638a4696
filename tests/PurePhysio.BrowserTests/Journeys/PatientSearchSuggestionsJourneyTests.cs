using Microsoft.Playwright;
using PurePhysio.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace PurePhysio.BrowserTests.Journeys;

/// <summary>
/// A patient who misspells a word is offered a better spelling, then types the everyday name into the
/// header box and picks the suggested condition with the keyboard alone (the APG combobox pattern).
/// The results page passes axe-core and the Nu Html Checker with the suggestions open.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class PatientSearchSuggestionsJourneyTests(SiteFixture site)
{
    [Theory]
    [InlineData("phone")]
    [InlineData("desktop")]
    public async Task PatientChoosesASuggestionWithTheKeyboardAndBothGatesPass(string viewportName)
    {
        const string journey = "patient-search-suggestions";
        var viewport = Viewport.Named(viewportName);
        await using var session = await site.OpenAsync(viewport);
        var page = session.Page;
        await session.GoToAsync("/search?q=sholder");

        var main = page.GetByRole(AriaRole.Main);
        await Expect(main.GetByText("Did you mean")).ToBeVisibleAsync();
        await Expect(main.GetByRole(AriaRole.Link, new() { Name = "shoulder", Exact = true })).ToHaveAttributeAsync("href", "/search?q=shoulder");

        var combobox = page.GetByRole(AriaRole.Banner).GetByRole(AriaRole.Combobox, new() { Name = "Search the site" });
        await Expect(combobox).ToHaveAttributeAsync("aria-expanded", "false");
        await combobox.FocusAsync();
        await combobox.PressSequentiallyAsync("lumb", new() { Delay = 40 });

        var listbox = page.GetByRole(AriaRole.Listbox, new() { Name = "Suggestions" });
        await Expect(listbox).ToBeVisibleAsync();
        await Expect(combobox).ToHaveAttributeAsync("aria-expanded", "true");
        var options = listbox.GetByRole(AriaRole.Option);
        await Expect(options.First).ToContainTextAsync("Low Back Pain");
        await Expect(options.First).ToContainTextAsync("also known as Lumbago");
        await Expect(page.GetByRole(AriaRole.Banner).GetByRole(AriaRole.Status)).ToContainTextAsync("suggestion");

        // Down arrow: the first option becomes the active descendant; focus stays in the box.
        await page.Keyboard.PressAsync("ArrowDown");
        var firstId = await options.First.GetAttributeAsync("id");
        await Expect(combobox).ToHaveAttributeAsync("aria-activedescendant", firstId!);
        await Expect(options.First).ToHaveAttributeAsync("aria-selected", "true");
        await Expect(combobox).ToBeFocusedAsync();
        await session.ScreenshotAsync(journey, $"1-suggestion-open-{viewport.Name}");

        // Both gates on the results page as it is now, suggestions open.
        await Accessibility.AssertNoViolationsAsync(page, viewport.ToString());
        await NuHtmlChecker.AssertValidAsync([new ServedPage($"results with suggestions open ({viewport.Name})", page.Url, await page.ContentAsync())]);

        // Escape closes the list and keeps what was typed; down arrow opens it again.
        await page.Keyboard.PressAsync("Escape");
        await Expect(listbox).ToBeHiddenAsync();
        await Expect(combobox).ToHaveValueAsync("lumb");
        await page.Keyboard.PressAsync("ArrowDown");
        await Expect(listbox).ToBeVisibleAsync();
        await Expect(combobox).ToHaveAttributeAsync("aria-activedescendant", firstId!);

        await page.Keyboard.PressAsync("Enter");

        // Generous: the shared build machine can be very slow to load the next page.
        await Expect(page).ToHaveURLAsync(site.App.Url("/conditions/low-back-pain"), new() { Timeout = 30_000 });
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Low Back Pain");
        await Expect(page.GetByRole(AriaRole.Main).GetByText("Also known as Lumbago")).ToBeVisibleAsync();
        await session.ScreenshotAsync(journey, $"2-condition-{viewport.Name}");
        session.AssertNoBrowserErrors();
    }

    [Fact]
    public async Task WithoutJavaScriptTheHeaderBoxIsAPlainSearchForm()
    {
        await using var session = await site.OpenAsync(Viewport.Named("desktop"), javaScript: false);
        var page = session.Page;
        await session.GoToAsync("/");

        var search = page.GetByRole(AriaRole.Banner).GetByRole(AriaRole.Search);
        await search.GetByRole(AriaRole.Searchbox, new() { Name = "Search the site" }).FillAsync("lumbago");
        await search.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();

        var first = page.GetByRole(AriaRole.Main).Locator(".search-results > li").First;
        await Expect(first.GetByRole(AriaRole.Heading)).ToHaveTextAsync("Low Back Pain");
        Assert.Equal(0, await page.GetByRole(AriaRole.Listbox).CountAsync());
    }
}
