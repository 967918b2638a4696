using System.Globalization;
using System.Xml.Linq;
using Microsoft.EntityFrameworkCore;
using PurePhysio.Web.Data;
using PurePhysio.Web.Domain;
using PurePhysio.Web.Tests.Infrastructure;

namespace PurePhysio.Web.Tests.Seo;

public sealed class SitemapAndRobotsTests(ClinicAppFactory factory) : IClassFixture<ClinicAppFactory>
{
    private static readonly XNamespace Ns = "http://www.sitemaps.org/schemas/sitemap/0.9";

    [Fact]
    public async Task SitemapListsEveryPublishedConditionAndPageWithItsLastModifiedDate()
    {
        var (conditions, pages, team, treatments) = await factory.WithDbAsync(async db => (
            await db.Conditions.WherePublished(DateTimeOffset.UtcNow).Select(c => new { c.Slug, c.UpdatedAt }).ToListAsync(),
            await db.StaticPages.WherePublished(DateTimeOffset.UtcNow).Where(p => p.Slug != SeedData.HomePageSlug).Select(p => new { p.Slug, p.UpdatedAt }).ToListAsync(),
            await db.Practitioners.Where(p => p.IsPublished).Select(p => p.Slug).ToListAsync(),
            await db.Treatments.Where(t => t.IsPublished).Select(t => t.Slug).ToListAsync()));

        var urls = await SitemapAsync();

        var expected = new[] { "http://localhost/", "http://localhost/conditions", "http://localhost/team", "http://localhost/treatments" }
            .Concat(conditions.Select(c => "http://localhost/conditions/" + c.Slug))
            .Concat(pages.Select(p => "http://localhost/" + p.Slug))
            .Concat(team.Select(slug => "http://localhost/team/" + slug))
            .Concat(treatments.Select(slug => "http://localhost/treatments/" + slug));
        Assert.NotEmpty(team);
        Assert.NotEmpty(treatments);
        Assert.Equal(expected.Order(), urls.Keys.Order());
        foreach (var c in conditions)
        {
            Assert.Equal(c.UpdatedAt.ToUnixTimeSeconds(), urls["http://localhost/conditions/" + c.Slug]!.Value.ToUnixTimeSeconds());
        }

        Assert.All(urls.Values, lastModified => Assert.NotNull(lastModified));
    }

    [Fact]
    public async Task SitemapLeavesOutDraftsAndScheduledContent()
    {
        await factory.WithDbAsync(async db =>
        {
            db.Conditions.Add(new Condition { Title = "Draft", Slug = "sitemap-draft", Summary = "x", IsPublished = false });
            db.StaticPages.Add(new StaticPage { Title = "Later", Slug = "sitemap-later", Summary = "x", IsPublished = true, PublishedAt = DateTimeOffset.UtcNow.AddDays(1) });
            await db.SaveChangesAsync();
        });

        var urls = await SitemapAsync();

        Assert.DoesNotContain(urls.Keys, u => u.Contains("sitemap-", StringComparison.Ordinal));
        Assert.DoesNotContain("http://localhost/home", urls.Keys);
    }

    [Fact]
    public async Task RobotsKeepsCrawlersOutOfTheAdminAreaAndPointsToTheSitemap()
    {
        using var response = await factory.CreateClient().GetAsync(new Uri("/robots.txt", UriKind.Relative));
        var lines = (await response.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("User-agent: *", lines[0]);
        Assert.Contains("Disallow: /admin", lines);
        Assert.Contains("Sitemap: http://localhost/sitemap.xml", lines);
    }

    private async Task<Dictionary<string, DateTimeOffset?>> SitemapAsync()
    {
        using var response = await factory.CreateClient().GetAsync(new Uri("/sitemap.xml", UriKind.Relative));
        response.EnsureSuccessStatusCode();
        Assert.Equal("application/xml", response.Content.Headers.ContentType?.MediaType);
        var xml = XDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(Ns + "urlset", xml.Root!.Name);
        return xml.Root.Elements(Ns + "url").ToDictionary(
            u => u.Element(Ns + "loc")!.Value,
            u => u.Element(Ns + "lastmod") is { } m ? DateTimeOffset.Parse(m.Value, CultureInfo.InvariantCulture) : (DateTimeOffset?)null);
    }
}
