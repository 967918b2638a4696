using PurePhysio.BrowserTests.Infrastructure;

namespace PurePhysio.BrowserTests.QualityGates;

/// <summary>Every public page type passes axe-core's WCAG 2.2 A and AA rules on a phone and on a desktop.</summary>
[Collection(SiteCollection.Name)]
public sealed class AccessibilityGateTests(SiteFixture site)
{
    public static TheoryData<string, string> PagesAtBothWidths()
    {
        var data = new TheoryData<string, string>();
        foreach (var page in SitePages.Public)
        {
            foreach (var viewport in Viewport.Both)
            {
                data.Add(page.Name, viewport.Name);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(PagesAtBothWidths))]
    public async Task PublicPageHasNoWcagViolations(string pageName, string viewportName)
    {
        var page = SitePages.Named(pageName);
        var viewport = Viewport.Named(viewportName);
        await using var session = await site.OpenAsync(viewport);

        await session.GoToAsync(page.Path, page.Status);

        await Accessibility.AssertNoViolationsAsync(session.Page, viewport.ToString());
    }

    [Fact]
    public async Task TheCheckReportsTheViolationsOfAPageThatHasThem()
    {
        await using var session = await site.OpenAsync(Viewport.Desktop);
        // No lang, no title, an image without a text alternative, a field without a label, grey on white.
        await session.Page.SetContentAsync(
            "<!DOCTYPE html><html><body><main><img src=\"data:image/gif;base64,R0lGODlhAQABAAAAACw=\">" +
            "<input type=\"text\"><p style=\"color:#bbb;background:#fff\">Faint text</p></main></body></html>");

        var result = await Accessibility.RunAsync(session.Page);

        Assert.Equivalent(
            new[] { "color-contrast", "document-title", "html-has-lang", "image-alt", "label" },
            result.Violations.Select(v => v.Id).Order().ToArray(), strict: true);
        Assert.NotEmpty(result.Passes);
    }

    [Fact]
    public async Task TheCheckRefusesAPageWithAFrameItCannotSeeInto()
    {
        await using var session = await site.OpenAsync(Viewport.Desktop);
        await session.Page.SetContentAsync(
            "<!DOCTYPE html><html lang=\"en\"><head><title>Framed</title></head><body><main>" +
            "<iframe title=\"Inside\" srcdoc=\"<p>Inside</p>\"></iframe></main></body></html>");

        var refusal = await Assert.ThrowsAsync<Xunit.Sdk.TrueException>(() => Accessibility.RunAsync(session.Page));

        Assert.Contains("1 frame(s)", refusal.Message, StringComparison.Ordinal);
    }
}
