using System.Net;
using Microsoft.EntityFrameworkCore;
using PurePhysio.Web.Features.Admin;
using PurePhysio.Web.Domain;
using PurePhysio.Web.Tests.Admin;
using PurePhysio.Web.Tests.Infrastructure;

namespace PurePhysio.Web.Tests.Caching;

/// <summary>
/// The public pages come from ASP.NET Core's output cache, and a staff save evicts exactly what it
/// changes before the save returns. A response the cache served carries an <c>Age</c> header.
/// </summary>
public sealed class PublicPageCachingTests(CachingAppFactory factory) : IClassFixture<CachingAppFactory>
{
    private static bool FromCache(HttpResponseMessage response) => response.Headers.Age is not null;

    private async Task<HttpResponseMessage> GetAsync(string url, HttpMethod? method = null)
    {
        using var client = factory.CreateClient(new() { AllowAutoRedirect = false });
        using var request = new HttpRequestMessage(method ?? HttpMethod.Get, url);
        var response = await client.SendAsync(request);
        await response.Content.LoadIntoBufferAsync();
        return response;
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/conditions")]
    [InlineData("/conditions/sciatica")]
    [InlineData("/about")]
    [InlineData("/sitemap.xml")]
    [InlineData("/robots.txt")]
    public async Task SecondVisitorGetsTheStoredPage(string url)
    {
        using var first = await GetAsync(url);
        using var second = await GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.True(FromCache(second), $"{url} was rendered again");
        Assert.Equal(await first.Content.ReadAsStringAsync(), await second.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task HeadRequestsAreServedFromTheCacheToo()
    {
        using var first = await GetAsync("/conditions/tennis-elbow", HttpMethod.Head);
        using var second = await GetAsync("/conditions/tennis-elbow", HttpMethod.Head);

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.True(FromCache(second));
    }

    [Theory]
    [InlineData("/enquiry")]
    [InlineData("/enquiry/form-token")]
    [InlineData("/search?q=neck")]
    [InlineData("/admin/sign-in")]
    [InlineData("/no-such-page")]
    public async Task PagesForOneVisitorAreNeverStored(string url)
    {
        using var first = await GetAsync(url);
        using var second = await GetAsync(url);

        Assert.False(FromCache(second), $"{url} came from the output cache");
    }

    [Fact]
    public async Task ARequestCarryingAStaffSignInIsNeitherServedNorStoredByTheCache()
    {
        // The staff cookie is scoped to /admin, so browsers do not send it here; a request that does
        // carry it (another cookie path in future, a proxy) still never shares pages with patients.
        var email = await factory.CreateStaffAsync(AdminRoles.Editor);
        using var signIn = await factory.CreateAdminClient().SignInAsync(email);
        var staffCookie = signIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("PurePhysio.Staff=", StringComparison.Ordinal)).Split(';')[0];
        using var anonymous = await GetAsync("/conditions");
        using var staff = factory.CreateClient(new() { BaseAddress = new Uri("https://localhost"), HandleCookies = false });

        var responses = new List<HttpResponseMessage>();
        for (var i = 0; i < 2; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/conditions");
            request.Headers.Add("Cookie", staffCookie);
            responses.Add(await staff.SendAsync(request));
        }

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.All(responses, r => Assert.False(FromCache(r)));
        Assert.Equal(2, factory.CacheOutcomes("/conditions").TakeLast(2).Count(o => o == "bypass"));
        responses.ForEach(r => r.Dispose());
    }

    [Fact]
    public async Task QueryStringsShareTheEntryOfTheirPath()
    {
        const string path = "/patient-resources";
        for (var i = 0; i < 30; i++)
        {
            using var response = await GetAsync($"{path}?x={i}");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        Assert.True(factory.CacheOutcomes(path).Count(o => o == "miss") <= 1, string.Join(",", factory.CacheOutcomes(path)));
    }

    [Fact]
    public async Task AnEditedArticleIsFreshOnTheNextRequestAndOthersStayCached()
    {
        using var warmEdited = await GetAsync("/conditions/frozen-shoulder");
        using var warmOther = await GetAsync("/conditions/plantar-fasciitis");
        foreach (var url in new[] { "/", "/conditions", "/sitemap.xml" })
        {
            using var warm = await GetAsync(url);
        }

        await factory.WithDbAsync(async db =>
        {
            var condition = await db.Conditions.SingleAsync(c => c.Slug == "frozen-shoulder");
            condition.Title = "Frozen Shoulder (Adhesive Capsulitis)";
            condition.Body += "\n\nA paragraph added by staff.";
            condition.UpdatedAt = DateTimeOffset.UtcNow;
            await db.SaveChangesAsync();
        });

        using var edited = await GetAsync("/conditions/frozen-shoulder");
        Assert.False(FromCache(edited));
        var article = await Html.ParseAsync(edited);
        Assert.Equal("Frozen Shoulder (Adhesive Capsulitis)", article.One("h1").Text());
        Assert.Contains("A paragraph added by staff.", article.One("article").Text());

        using var other = await GetAsync("/conditions/plantar-fasciitis");
        Assert.True(FromCache(other), "an unrelated article was evicted");

        var home = await Html.ParseAsync(await GetAsync("/"));
        Assert.Contains(home.QuerySelectorAll("a"), a => a.Text() == "Frozen Shoulder (Adhesive Capsulitis)");
        var index = await Html.ParseAsync(await GetAsync("/conditions"));
        Assert.Contains(index.QuerySelectorAll("a"), a => a.Text() == "Frozen Shoulder (Adhesive Capsulitis)");
        using var sitemap = await GetAsync("/sitemap.xml");
        Assert.False(FromCache(sitemap));
    }

    [Fact]
    public async Task ASettingsChangeRefreshesEveryPage()
    {
        string[] urls = ["/", "/conditions/low-back-pain", "/terms-and-conditions"];
        foreach (var url in urls)
        {
            using var warm = await GetAsync(url);
        }

        await factory.WithDbAsync(async db =>
        {
            var settings = await db.ClinicSettings.SingleAsync();
            settings.Phone = "01632 960999";
            await db.SaveChangesAsync();
        });

        foreach (var url in urls)
        {
            using var response = await GetAsync(url);
            Assert.False(FromCache(response), $"{url} kept the old clinic details");
            var page = await Html.ParseAsync(response);
            Assert.Contains(page.QuerySelectorAll("footer a[href^='tel:']"), a => a.Text() == "01632 960999");
        }
    }

    [Fact]
    public async Task TheFooterLeavesOutAPageScheduledForLater()
    {
        await factory.WithDbAsync(async db =>
        {
            var page = await db.StaticPages.SingleAsync(p => p.Slug == "professionals");
            page.PublishedAt = DateTimeOffset.UtcNow.AddDays(3);
            await db.SaveChangesAsync();
        });

        var home = await Html.ParseAsync(await GetAsync("/"));
        var links = home.One("footer nav[aria-label='Footer']").QuerySelectorAll("a").Select(a => a.GetAttribute("href")).ToList();
        Assert.DoesNotContain("/professionals", links);
        using var scheduled = await GetAsync("/professionals");
        Assert.Equal(HttpStatusCode.NotFound, scheduled.StatusCode);

        await factory.WithDbAsync(async db =>
        {
            var page = await db.StaticPages.SingleAsync(p => p.Slug == "professionals");
            page.PublishedAt = DateTimeOffset.UtcNow.AddMinutes(-1);
            await db.SaveChangesAsync();
        });
        home = await Html.ParseAsync(await GetAsync("/"));
        Assert.Contains("/professionals", home.One("footer nav[aria-label='Footer']").QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public async Task ABurstOnANewPageRendersItOnce()
    {
        await factory.WithDbAsync(async db =>
        {
            db.Conditions.Add(new Condition
            {
                Title = "Whiplash",
                Slug = "whiplash",
                Summary = "Neck pain after a sudden jolt.",
                Body = "Most people recover within weeks.",
                IsPublished = true,
                PublishedAt = DateTimeOffset.UtcNow.AddMinutes(-1),
                CreatedAt = DateTimeOffset.UtcNow,
                UpdatedAt = DateTimeOffset.UtcNow,
            });
            await db.SaveChangesAsync();
        });

        var responses = await Task.WhenAll(Enumerable.Range(0, 24).Select(_ => GetAsync("/conditions/whiplash")));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.Equal(1, factory.CacheOutcomes("/conditions/whiplash").Count(o => o == "miss"));
        foreach (var response in responses)
        {
            response.Dispose();
        }
    }

    [Fact]
    public async Task EachRequestWritesOneLogLineWithoutTheQueryString()
    {
        using var response = await GetAsync("/conditions/cervical-myelopathy?utm_source=newsletter");

        var line = (await Eventually.MatchesAsync(() => factory.Log.Events.LastOrDefault(e =>
            e.Properties.TryGetValue("RequestPath", out var p) && p.ToString() == "\"/conditions/cervical-myelopathy\""),
            e => e is not null, "the request's log line"))!;
        Assert.Equal("\"GET\"", line.Properties["RequestMethod"].ToString());
        Assert.Equal("200", line.Properties["StatusCode"].ToString());
        Assert.True(line.Properties.ContainsKey("Elapsed"));
        Assert.Contains(line.Properties["OutputCache"].ToString().Trim('"'), new[] { "hit", "miss" });
        Assert.DoesNotContain("utm_source", TestLogSink.Render(line), StringComparison.Ordinal);
    }

    private async Task<HttpResponseMessage> GetWithEncodingAsync(string url, string? acceptEncoding)
    {
        using var client = factory.CreateClient(new() { AllowAutoRedirect = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (acceptEncoding is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept-Encoding", acceptEncoding);
        }

        var response = await client.SendAsync(request);
        await response.Content.LoadIntoBufferAsync();
        return response;
    }

    [Fact]
    public async Task APageIsStoredCompressedForBrowsersThatTakeBrotliAndPlainForOthers()
    {
        const string path = "/treatments/acupuncture";
        using var firstBrotli = await GetWithEncodingAsync(path, "gzip, deflate, br");
        using var brotli = await GetWithEncodingAsync(path, "br, gzip");
        using var firstPlain = await GetWithEncodingAsync(path, null);
        using var plain = await GetWithEncodingAsync(path, null);
        using var gzip = await GetWithEncodingAsync(path, "gzip");

        Assert.True(FromCache(brotli), "the second Brotli visitor got a new render");
        Assert.Equal(["br"], brotli.Content.Headers.ContentEncoding);
        Assert.Contains("Accept-Encoding", brotli.Headers.Vary);
        Assert.True(FromCache(plain), "the second plain visitor got a new render");
        Assert.Empty(plain.Content.Headers.ContentEncoding);
        Assert.Equal(["gzip"], gzip.Content.Headers.ContentEncoding);
        Assert.Contains("<h1", await plain.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.True((await brotli.Content.ReadAsByteArrayAsync()).Length < (await plain.Content.ReadAsByteArrayAsync()).Length / 2);
        // Three encodings, three renders: Brotli, plain and gzip; the second Brotli header spelling shares the first's entry.
        Assert.Equal(3, factory.CacheOutcomes(path).Count(o => o == "miss"));
    }

    [Fact]
    public async Task ANonCanonicalAddressIsRedirectedEvenWhenThePageIsStored()
    {
        using var warm = await GetAsync("/conditions/sciatica");
        using var stored = await GetAsync("/conditions/sciatica");
        using var upper = await GetAsync("/Conditions/Sciatica");
        using var slash = await GetAsync("/conditions/sciatica/");

        Assert.True(FromCache(stored));
        Assert.Equal(HttpStatusCode.MovedPermanently, upper.StatusCode);
        Assert.Equal("/conditions/sciatica", upper.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.MovedPermanently, slash.StatusCode);
    }

    [Fact]
    public async Task AStoredPageCarriesTheSecurityHeaders()
    {
        using var warm = await GetAsync("/treatments");
        using var stored = await GetAsync("/treatments");

        Assert.True(FromCache(stored));
        Assert.Contains("default-src 'self'", string.Join(" ", stored.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);
        Assert.Equal("nosniff", stored.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Single(stored.Headers.GetValues("X-Frame-Options"));
    }
}
