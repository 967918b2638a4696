using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using PurePhysio.Web.Data;
using PurePhysio.Web.Domain;
using PurePhysio.Web.Tests.Infrastructure;

namespace PurePhysio.Web.Tests.Seo;

public sealed class PageMetadataTests(ClinicAppFactory factory) : IClassFixture<ClinicAppFactory>
{
    private sealed record Metadata(string Url, string Title, string Description, string Canonical);

    [Fact]
    public async Task EveryPageHasAUniqueTitleDescriptionAndCanonicalUrl()
    {
        var urls = await PublicUrlsAsync();
        var client = factory.CreateClient();

        var pages = new List<Metadata>();
        foreach (var url in urls)
        {
            var page = await client.GetDocumentAsync(url);
            pages.Add(new Metadata(url, page.Title ?? "", Meta(page, "meta[name='description']"), page.One("head link[rel='canonical']").GetAttribute("href") ?? ""));
        }

        Assert.All(pages, p =>
        {
            Assert.False(string.IsNullOrWhiteSpace(p.Title), p.Url);
            Assert.False(string.IsNullOrWhiteSpace(p.Description), p.Url);
            Assert.Equal("http://localhost" + p.Url, p.Canonical);
        });
        Assert.Equal(pages.Count, pages.Select(p => p.Title).Distinct().Count());
        Assert.Equal(pages.Count, pages.Select(p => p.Description).Distinct().Count());
        Assert.Equal(pages.Count, pages.Select(p => p.Canonical).Distinct().Count());
    }

    [Fact]
    public async Task ConditionPagesCarryOpenGraphAndTwitterCardTagsFromTheArticle()
    {
        var page = await factory.CreateClient().GetDocumentAsync("/conditions/" + SeedData.CervicalMyelopathySlug);
        var summary = await factory.WithDbAsync(db => db.Conditions.Where(c => c.Slug == SeedData.CervicalMyelopathySlug).Select(c => c.Summary).SingleAsync());

        Assert.Equal("en-GB", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal(SeedData.CervicalMyelopathyTitle, Meta(page, "meta[property='og:title']"));
        Assert.Equal(summary, Meta(page, "meta[property='og:description']"));
        Assert.Equal(summary, Meta(page, "meta[name='description']"));
        Assert.Equal("http://localhost/conditions/" + SeedData.CervicalMyelopathySlug, Meta(page, "meta[property='og:url']"));
        Assert.Equal("article", Meta(page, "meta[property='og:type']"));
        Assert.Equal("Pure Physiotherapy", Meta(page, "meta[property='og:site_name']"));
        Assert.Equal("en_GB", Meta(page, "meta[property='og:locale']"));
        Assert.Equal("summary", Meta(page, "meta[name='twitter:card']"));
        Assert.Equal(SeedData.CervicalMyelopathyTitle, Meta(page, "meta[name='twitter:title']"));
        Assert.Equal(summary, Meta(page, "meta[name='twitter:description']"));
    }

    [Fact]
    public async Task SearchResultsAreCanonicalisedToTheSearchPageAndNotIndexed()
    {
        var page = await factory.CreateClient().GetDocumentAsync("/search?q=neck&title=true");

        Assert.Equal("http://localhost/search", page.One("head link[rel='canonical']").GetAttribute("href"));
        Assert.Equal("noindex, follow", Meta(page, "meta[name='robots']"));
    }

    [Fact]
    public async Task ErrorPagesAreNotIndexedAndClaimNoCanonicalUrl()
    {
        using var response = await factory.CreateClient().GetAsync(new Uri("/conditions/no-such-thing", UriKind.Relative));
        var page = await Html.ParseAsync(response);

        Assert.Empty(page.QuerySelectorAll("link[rel='canonical']"));
        Assert.Equal("noindex", Meta(page, "meta[name='robots']"));
    }

    private async Task<List<string>> PublicUrlsAsync()
    {
        var now = DateTimeOffset.UtcNow;
        var (conditions, pages) = await factory.WithDbAsync(async db => (
            await db.Conditions.WherePublished(now).Select(c => "/conditions/" + c.Slug).ToListAsync(),
            await db.StaticPages.WherePublished(now).Where(p => p.Slug != SeedData.HomePageSlug).Select(p => "/" + p.Slug).ToListAsync()));
        return ["/", "/conditions", "/search", .. conditions, .. pages];
    }

    private static string Meta(IHtmlDocument page, string selector) => page.One(selector).GetAttribute("content") ?? "";
}
