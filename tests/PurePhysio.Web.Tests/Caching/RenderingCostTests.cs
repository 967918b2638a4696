using System.Net;

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
        // Warm: the profile is read once after start-up (and after each save), not per page.
        using (var warm = await client.GetAsync(new Uri("/", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.OK, warm.StatusCode);
        }

        factory.Sql.Reset();
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
        var (status, sql, fromCache) = await MeasureAsync("/conditions/sciatica");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.False(fromCache);
        Assert.Single(sql);
    }
}
