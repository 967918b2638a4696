using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using PurePhysio.Web.Tests.Infrastructure;

namespace PurePhysio.Web.Tests.Seo;

public sealed class CanonicalUrlTests(CanonicalUrlTests.ConfiguredBaseUrlFactory factory) : IClassFixture<CanonicalUrlTests.ConfiguredBaseUrlFactory>
{
    public sealed class ConfiguredBaseUrlFactory : ClinicAppFactory
    {
        protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
        {
            ["Site:BaseUrl"] = "https://www.PurePhysio.example/",
        };
    }

    private HttpClient NoRedirects() => factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    [Theory]
    [InlineData("/conditions/", "/conditions")]
    [InlineData("/Conditions", "/conditions")]
    [InlineData("/Conditions/Cervical-Myelopathy/", "/conditions/cervical-myelopathy")]
    [InlineData("/PRIVACY-POLICY", "/privacy-policy")]
    [InlineData("/search/?q=Neck+Pain&title=true", "/search?q=Neck+Pain&title=true")]
    [InlineData("//evil-example/", "/evil-example")]
    [InlineData("/conditions//sciatica", "/conditions/sciatica")]
    public async Task CaseAndTrailingSlashVariantsRedirectPermanentlyToTheCanonicalPath(string url, string canonical)
    {
        // Absolute, so that "//evil.example/" is sent as a path and not read as a host.
        using var response = await NoRedirects().GetAsync(new Uri("http://localhost" + url));

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal(canonical, response.Headers.Location?.OriginalString);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/conditions/cervical-myelopathy")]
    [InlineData("/css/site.css")]
    [InlineData("/sitemap.xml")]
    public async Task CanonicalAddressesAndFilesAreServedDirectly(string url)
    {
        using var response = await NoRedirects().GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task PostsAreNeverRedirected()
    {
        using var content = new FormUrlEncodedContent(new Dictionary<string, string> { ["q"] = "x" });
        using var response = await NoRedirects().PostAsync(new Uri("/Conditions/", UriKind.Relative), content);

        Assert.NotEqual(HttpStatusCode.MovedPermanently, response.StatusCode);
    }

    [Fact]
    public async Task ConfiguredBaseUrlIsUsedForCanonicalLinksSitemapAndRobots()
    {
        var client = factory.CreateClient();
        var page = await client.GetDocumentAsync("/conditions/cervical-myelopathy");
        var robots = await client.GetStringAsync(new Uri("/robots.txt", UriKind.Relative));

        Assert.Equal("https://www.purephysio.example/conditions/cervical-myelopathy", page.One("head link[rel='canonical']").GetAttribute("href"));
        Assert.Contains("Sitemap: https://www.purephysio.example/sitemap.xml", robots.Split('\n'));
    }
}
