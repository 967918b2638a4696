using System.Net;
using Microsoft.EntityFrameworkCore;
using PurePhysio.Web.Data;
using PurePhysio.Web.Tests.Infrastructure;

namespace PurePhysio.Web.Tests.Pages;

public sealed class SiteLayoutTests(ClinicAppFactory factory) : IClassFixture<ClinicAppFactory>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/conditions")]
    [InlineData("/conditions/cervical-myelopathy")]
    [InlineData("/privacy-policy")]
    public async Task EveryPageShowsTheOpeningHoursSummaryInTheHeader(string url)
    {
        var page = await factory.CreateClient().GetDocumentAsync(url);

        var lines = page.One("header .opening-hours").QuerySelectorAll("li").Select(li => li.Text()).ToList();
        Assert.Equal(["Monday - Saturday 8AM - 8PM"], lines);
        Assert.Matches("^(Open now until|Closed now)", page.One("header .opening-hours__status").Text());
    }

    [Fact]
    public async Task FooterLinksTheSeededPagesInOrder()
    {
        var page = await factory.CreateClient().GetDocumentAsync("/");

        var links = page.One("footer nav[aria-label='Footer']").QuerySelectorAll("a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(SeedData.FooterPageSlugs.Select(s => "/" + s), links);
    }

    [Fact]
    public async Task FooterCarriesTheCurrentYearAndPlainSocialLinks()
    {
        var page = await factory.CreateClient().GetDocumentAsync("/");

        Assert.Equal($"© {DateTime.UtcNow.Year} Pure Physiotherapy. All Rights Reserved.", page.One("footer .copyright").Text());
        var social = page.QuerySelectorAll("footer section[aria-labelledby='footer-social'] a").Select(a => a.Text()).ToList();
        Assert.Equal(["Latest from Twitter", "Like our page on Facebook"], social);
        Assert.Empty(page.QuerySelectorAll("script[src^='http']"));
    }

    [Fact]
    public async Task HeaderSearchBoxSubmitsToSearch()
    {
        var page = await factory.CreateClient().GetDocumentAsync("/");

        var form = page.One("header form[role='search']");
        Assert.Equal("/search", form.GetAttribute("action"));
        Assert.Equal("get", form.GetAttribute("method"));
        var input = form.One("input[name='q']");
        Assert.NotNull(page.QuerySelector($"label[for='{input.Id}']"));
    }

    [Fact]
    public async Task SkipLinkTargetsTheMainContent()
    {
        var page = await factory.CreateClient().GetDocumentAsync("/");

        Assert.Equal("#main", page.QuerySelectorAll("body a")[0].GetAttribute("href"));
        Assert.NotNull(page.QuerySelector("main#main"));
        Assert.Equal("en-GB", page.DocumentElement.GetAttribute("lang"));
    }

    [Fact]
    public async Task HomePageShowsItsIntroFromTheDatabaseAndTheConditions()
    {
        var page = await factory.CreateClient().GetDocumentAsync("/");

        var intro = await factory.WithDbAsync(db => db.StaticPages.SingleAsync(p => p.Slug == SeedData.HomePageSlug));
        Assert.Equal(intro.Title, page.One("main h1").Text());
        Assert.NotNull(page.QuerySelector("main a[href='/conditions/cervical-myelopathy']"));
        Assert.NotEmpty(page.QuerySelectorAll(".testimonials blockquote"));
    }

    [Theory]
    [InlineData("/terms-and-conditions", "Terms and Conditions")]
    [InlineData("/privacy-policy", "Privacy Policy")]
    [InlineData("/patient-resources", "Patient Resources")]
    [InlineData("/professionals", "Professionals")]
    [InlineData("/about", "About us")]
    [InlineData("/contact", "Contact us")]
    public async Task StaticPagesAreServedFromTheDatabase(string url, string title)
    {
        var page = await factory.CreateClient().GetDocumentAsync(url);

        Assert.Equal(title, page.One("main h1").Text());
    }

    [Fact]
    public async Task ConditionPageShowsThePublishedTestimonialsWithTheirAttribution()
    {
        var page = await factory.CreateClient().GetDocumentAsync("/conditions/cervical-myelopathy");

        var captions = page.QuerySelectorAll(".testimonials figcaption").Select(f => f.Text()).ToList();
        Assert.Equal(["Mrs Wainwright", "Miss C White", "Laura White", "Google Review December 2019"], captions);
    }

    [Fact]
    public async Task UnknownPathGets404WithHelpfulLinks()
    {
        using var response = await factory.CreateClient().GetAsync(new Uri("/no/such/page", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var page = await Html.ParseAsync(response);
        Assert.NotNull(page.QuerySelector("main a[href='/conditions']"));
    }

    [Fact]
    public async Task PagesCarrySecurityHeaders()
    {
        using var response = await factory.CreateClient().GetAsync(new Uri("/", UriKind.Relative));

        Assert.Contains("default-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
    }
}
