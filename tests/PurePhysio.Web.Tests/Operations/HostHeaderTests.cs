using AngleSharp.Dom;
using PurePhysio.Web.Tests.Infrastructure;

namespace PurePhysio.Web.Tests.Operations;

/// <summary>A request's Host header never reaches an absolute URL: pages that are (or will be) cached must not carry an attacker's host.</summary>
public sealed class HostHeaderTests
{
    [Fact]
    public async Task WithoutABaseUrlAForgedHostIsIgnoredInLinksSitemapAndStructuredData()
    {
        using var factory = new ClinicAppFactory();
        var client = factory.CreateClient();

        var page = await GetAsync(client, "http://evil.example/conditions/cervical-myelopathy");
        var sitemap = await client.GetStringAsync(new Uri("http://evil.example/sitemap.xml"));

        AssertNoEvilHost(page, sitemap);
        Assert.StartsWith("http://localhost/", page.One("link[rel='canonical']").GetAttribute("href"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithABaseUrlEveryAbsoluteUrlUsesIt()
    {
        using var factory = new BaseUrlAppFactory();
        var client = factory.CreateClient();

        var page = await GetAsync(client, "http://evil.example/conditions/cervical-myelopathy");
        var sitemap = await client.GetStringAsync(new Uri("http://evil.example/sitemap.xml"));

        AssertNoEvilHost(page, sitemap);
        Assert.Equal("https://www.purephysio.test/conditions/cervical-myelopathy", page.One("link[rel='canonical']").GetAttribute("href"));
        Assert.Equal("https://www.purephysio.test/conditions/cervical-myelopathy", page.One("meta[property='og:url']").GetAttribute("content"));
        Assert.Contains("<loc>https://www.purephysio.test/</loc>", sitemap, StringComparison.Ordinal);
    }

    private static async Task<AngleSharp.Html.Dom.IHtmlDocument> GetAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(new Uri(url));
        Assert.True(response.IsSuccessStatusCode, $"GET {url} returned {(int)response.StatusCode}");
        return await Html.ParseAsync(response);
    }

    private static void AssertNoEvilHost(IDocument page, string sitemap)
    {
        Assert.DoesNotContain("evil.example", page.DocumentElement.OuterHtml, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("evil.example", sitemap, StringComparison.OrdinalIgnoreCase);
        Assert.NotEmpty(page.QuerySelectorAll("script[type='application/ld+json']"));
    }

    private sealed class BaseUrlAppFactory : ClinicAppFactory
    {
        protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Site:BaseUrl"] = "https://www.purephysio.test" };
    }
}
