using Microsoft.EntityFrameworkCore;
using System.Net;
using PurePhysio.Web.Tests.Infrastructure;

namespace PurePhysio.Web.Tests.Caching;

/// <summary>
/// With the output cache off, what one page costs the database: what every page shows comes from the
/// clinic profile in memory, an article is one query, an unknown address none.
/// </summary>
public sealed class RenderingCostTests(UncachedAppFactory factory) : IClassFixture<UncachedAppFactory>
{
    private async Task<(HttpStatusCode Status, IReadOnlyList<string> Sql, bool FromCache)> MeasureAsync(string url)
    {
        using var client = factory.CreateClient(new() { AllowAutoRedirect = false });
        // Warm: the profile and the search snapshot (related conditions) are read once per instance
        // after start-up (and after a save), not per page.
        foreach (var warmUrl in new[] { "/", "/conditions/frozen-shoulder" })
        {
            using var warm = await client.GetAsync(new Uri(warmUrl, UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, warm.StatusCode);
        }

        factory.Sql.StartRecording();
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        return (response.StatusCode, factory.Sql.Commands, response.Headers.Age is not null);
    }

    [Fact]
    public async Task AnArticlePageRunsOneSqlCommand()
    {
        var (status, sql, _) = await MeasureAsync("/conditions/cervical-myelopathy");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.True(sql.Count <= 1, string.Join("\n---\n", sql));
    }

    [Fact]
    public async Task AStaticPageRunsOneSqlCommand()
    {
        var (status, sql, _) = await MeasureAsync("/privacy-policy");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.True(sql.Count <= 1, string.Join("\n---\n", sql));
    }

    [Theory]
    [InlineData("/conditions/no-such-condition")]
    [InlineData("/no-such-page")]
    public async Task AnUnknownAddressRunsAtMostOneSqlCommand(string url)
    {
        var (status, sql, _) = await MeasureAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.True(sql.Count <= 1, string.Join("\n---\n", sql));
    }

    [Theory]
    [InlineData("/conditions")]
    [InlineData("/sitemap.xml")]
    public async Task ListsComeFromMemory(string url)
    {
        var (status, sql, _) = await MeasureAsync(url);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Empty(sql);
    }

    [Fact]
    public async Task WithTheOutputCacheOffEveryRequestIsRendered()
    {
        await MeasureAsync("/conditions/sciatica");
        var (status, _, fromCache) = await MeasureAsync("/conditions/sciatica");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.False(fromCache);
        Assert.NotEmpty(factory.CacheOutcomes("/conditions/sciatica"));
        Assert.All(factory.CacheOutcomes("/conditions/sciatica"), outcome => Assert.Equal("bypass", outcome));
    }

    [Fact]
    public async Task AnArticleIsReadOnceUntilStaffSaveAndThenShowsTheSave()
    {
        await MeasureAsync("/conditions/low-back-pain");
        var (status, sql, _) = await MeasureAsync("/conditions/low-back-pain");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.True(sql.Count == 0, "a second request read the article again:\n" + string.Join("\n---\n", sql));

        await factory.WithDbAsync(async db =>
        {
            var condition = await db.Conditions.SingleAsync(c => c.Slug == "low-back-pain");
            condition.Body += "\n\nA paragraph staff added while the article was remembered.";
            condition.UpdatedAt = DateTimeOffset.UtcNow;
            await db.SaveChangesAsync();
        });

        factory.Sql.StartRecording();
        using var client = factory.CreateClient();
        using var response = await client.GetAsync(new Uri("/conditions/low-back-pain", UriKind.Relative));
        var page = await Html.ParseAsync(response);
        Assert.Contains("A paragraph staff added while the article was remembered.", page.One("article").Text());
        Assert.NotEmpty(factory.Sql.Commands);
    }

    [Fact]
    public async Task TheHeaderFooterAndClinicDataRenderedOnceShowASettingsChangeOnTheNextPage()
    {
        string[] urls = ["/", "/conditions/sciatica", "/about"];
        using var client = factory.CreateClient();
        foreach (var url in urls)
        {
            using var warm = await client.GetAsync(new Uri(url, UriKind.Relative));
        }

        await factory.WithDbAsync(async db =>
        {
            var settings = await db.ClinicSettings.SingleAsync();
            settings.Phone = "01632 960777";
            await db.SaveChangesAsync();
        });

        foreach (var url in urls)
        {
            using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
            var page = await Html.ParseAsync(response);
            Assert.Contains(page.QuerySelectorAll("footer a[href^='tel:']"), a => a.Text() == "01632 960777");
            Assert.Contains(page.QuerySelectorAll("header a[href^='tel:']"), a => a.Text().Contains("01632 960777", StringComparison.Ordinal));
            Assert.Contains(page.QuerySelectorAll("script[type='application/ld+json']"), s => s.TextContent.Contains("01632 960777", StringComparison.Ordinal));
        }
    }
}
