using PurePhysio.BrowserTests.Infrastructure;

namespace PurePhysio.BrowserTests.QualityGates;

/// <summary>The HTML the server sends for every public page type is valid according to the Nu Html Checker.</summary>
[Collection(SiteCollection.Name)]
public sealed class HtmlValidityGateTests(SiteFixture site)
{
    [Fact]
    public async Task EveryPublicPageIsValidHtml()
    {
        using var client = site.App.CreateClient();
        var pages = new List<ServedPage>();
        foreach (var page in SitePages.Public)
        {
            using var response = await client.GetAsync(new Uri(page.Path, UriKind.Relative));
            Assert.True((int)response.StatusCode == page.Status, $"GET {page.Path} answered {(int)response.StatusCode}, expected {page.Status}.");
            pages.Add(new ServedPage(page.Name, page.Path, await response.Content.ReadAsStringAsync()));
        }

        await NuHtmlChecker.AssertValidAsync(pages);
    }
}
