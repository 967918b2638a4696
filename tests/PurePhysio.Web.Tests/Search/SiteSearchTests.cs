using System.Net;
using Microsoft.EntityFrameworkCore;
using PurePhysio.Web.Data;
using PurePhysio.Web.Tests.Infrastructure;

namespace PurePhysio.Web.Tests.Search;

public sealed class SiteSearchTests(ClinicAppFactory factory) : IClassFixture<ClinicAppFactory>
{
    private const string CervicalMyelopathyUrl = "/conditions/" + SeedData.CervicalMyelopathySlug;

    [Theory]
    [InlineData("numb hands")]
    [InlineData("neck")]
    [InlineData("Neck pain")]
    public async Task PatientsQueriesFindCervicalMyelopathyFirst(string query)
    {
        var page = await SearchPage.GetAsync(factory.CreateClient(), query);

        Assert.Equal(CervicalMyelopathyUrl, page.ResultUrls[0]);
    }

    [Fact]
    public async Task ResultCountIsAnnouncedInAStatusRegion()
    {
        var page = await SearchPage.GetAsync(factory.CreateClient(), "neck");

        Assert.Equal($"{page.ResultUrls.Count} results for “neck”.", page.Status);
        Assert.Equal($"{page.ResultUrls.Count} results for “neck” | Pure Physiotherapy", page.Document.Title);
        Assert.True(page.ResultUrls.Count >= 2);
    }

    [Fact]
    public async Task TitleHitRanksAboveBodyHitsHoweverMany()
    {
        await factory.WithDbAsync(async db =>
        {
            db.Conditions.Add(SearchTestContent.Condition("quokka-body", "Body mentions",
                "Quokka quokka quokka. The quokka again, and quokkas everywhere: quokka."));
            db.Conditions.Add(SearchTestContent.Condition("quokka-title", "Quokka elbow", "Nothing else to say here."));
            await db.SaveChangesAsync();
        });

        var page = await SearchPage.GetAsync(factory.CreateClient(), "quokka");

        Assert.Equal(["/conditions/quokka-title", "/conditions/quokka-body"], page.ResultUrls);
    }

    [Fact]
    public async Task WordFormsMatchThroughStemming()
    {
        var client = factory.CreateClient();

        var symptom = await SearchPage.GetAsync(client, "symptom");
        var numb = await SearchPage.GetAsync(client, "numb");

        Assert.Contains(CervicalMyelopathyUrl, symptom.ResultUrls);
        Assert.Contains("symptoms", symptom.Marked(symptom.ResultUrls.ToList().IndexOf(CervicalMyelopathyUrl)), StringComparer.OrdinalIgnoreCase);
        Assert.Contains("/conditions/sciatica", numb.ResultUrls);
        Assert.Contains("numbness", numb.Marked(numb.ResultUrls.ToList().IndexOf("/conditions/sciatica")), StringComparer.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task CaseAndAccentsDoNotMatter()
    {
        await factory.WithDbAsync(async db =>
        {
            db.Conditions.Add(SearchTestContent.Condition("cafe-knee", "Café knee", "Common in baristas who kneel."));
            await db.SaveChangesAsync();
        });
        var client = factory.CreateClient();

        var accented = await SearchPage.GetAsync(client, "CÉRVICAL MYÉLOPATHY");
        var plain = await SearchPage.GetAsync(client, "cafe KNEE");

        Assert.Equal(CervicalMyelopathyUrl, accented.ResultUrls[0]);
        Assert.Equal("/conditions/cafe-knee", plain.ResultUrls[0]);
    }

    [Fact]
    public async Task ExactMatchesOnlyWantsThePhraseAsWritten()
    {
        await factory.WithDbAsync(async db =>
        {
            db.Conditions.Add(SearchTestContent.Condition("wibbly-ankle", "Wibbly ankle", "The ankle feels wibbly wobbly after a sprain."));
            await db.SaveChangesAsync();
        });
        var client = factory.CreateClient();

        var phrase = await SearchPage.GetAsync(client, "wibbly wobbly", "&exact=true");
        var reversed = await SearchPage.GetAsync(client, "wobbly wibbly", "&exact=true");
        var otherForm = await SearchPage.GetAsync(client, "wibbly wobblies", "&exact=true");
        var stemmed = await SearchPage.GetAsync(client, "wibbly wobblies");

        Assert.Equal(["/conditions/wibbly-ankle"], phrase.ResultUrls);
        Assert.Equal(["wibbly wobbly"], phrase.Marked(0));
        Assert.Empty(reversed.ResultUrls);
        Assert.Empty(otherForm.ResultUrls);
        Assert.Contains("/conditions/wibbly-ankle", stemmed.ResultUrls);
        Assert.True(((AngleSharp.Html.Dom.IHtmlInputElement)phrase.Document.One("#search-exact")).IsChecked);
    }

    [Fact]
    public async Task SearchInTitleAndSearchInContentLimitTheFields()
    {
        await factory.WithDbAsync(async db =>
        {
            db.Conditions.Add(SearchTestContent.Condition("zorbic-title", "Zorbic shoulder", "Nothing in the body."));
            db.Conditions.Add(SearchTestContent.Condition("zorbic-body", "Plain shoulder", "Sometimes called zorbic by old texts."));
            await db.SaveChangesAsync();
        });
        var client = factory.CreateClient();

        var titleOnly = await SearchPage.GetAsync(client, "zorbic", "&title=true");
        var contentOnly = await SearchPage.GetAsync(client, "zorbic", "&content=true");
        var both = await SearchPage.GetAsync(client, "zorbic");

        Assert.Equal(["/conditions/zorbic-title"], titleOnly.ResultUrls);
        Assert.Equal(["/conditions/zorbic-body"], contentOnly.ResultUrls);
        Assert.Equal(["/conditions/zorbic-title", "/conditions/zorbic-body"], both.ResultUrls);
    }

    [Fact]
    public async Task SearchInConditionsAndSearchInPagesLimitTheKind()
    {
        var client = factory.CreateClient();

        var conditionsOnly = await SearchPage.GetAsync(client, "neck", "&conditions=true");
        var pagesOnly = await SearchPage.GetAsync(client, "neck", "&pages=true");
        var defaults = await SearchPage.GetAsync(client, "neck");

        Assert.NotEmpty(conditionsOnly.ResultUrls);
        Assert.All(conditionsOnly.ResultUrls, url => Assert.StartsWith("/conditions/", url, StringComparison.Ordinal));
        Assert.NotEmpty(pagesOnly.ResultUrls);
        Assert.DoesNotContain(pagesOnly.ResultUrls, url => url.StartsWith("/conditions/", StringComparison.Ordinal));
        Assert.Equal(conditionsOnly.ResultUrls.Count + pagesOnly.ResultUrls.Count, defaults.ResultUrls.Count);
    }

    [Fact]
    public async Task WithoutOptionsEveryOptionButExactIsShownTicked()
    {
        var page = await SearchPage.GetAsync(factory.CreateClient(), "neck");

        var boxes = page.Document.QuerySelectorAll("main fieldset.search-options input[type='checkbox']")
            .Cast<AngleSharp.Html.Dom.IHtmlInputElement>().ToDictionary(i => i.Name!, i => i.IsChecked);
        Assert.Equal(new Dictionary<string, bool> { ["exact"] = false, ["title"] = true, ["content"] = true, ["conditions"] = true, ["pages"] = true }, boxes);
        Assert.All(page.Document.QuerySelectorAll("main fieldset.search-options input"), i => Assert.NotNull(page.Document.QuerySelector($"label[for='{i.Id}']")));
    }

    [Fact]
    public async Task DraftsAndScheduledContentNeverShow()
    {
        await factory.WithDbAsync(async db =>
        {
            db.Conditions.Add(SearchTestContent.Condition("draft-flumpet", "Flumpet draft", isPublished: false));
            db.Conditions.Add(SearchTestContent.Condition("future-flumpet", "Flumpet scheduled", publishedAt: DateTimeOffset.UtcNow.AddDays(2)));
            await db.SaveChangesAsync();
        });
        var client = factory.CreateClient();

        var before = await SearchPage.GetAsync(client, "flumpet");
        await factory.WithDbAsync(async db =>
        {
            var draft = await db.Conditions.SingleAsync(c => c.Slug == "draft-flumpet");
            draft.IsPublished = true;
            await db.SaveChangesAsync();
        });
        var after = await SearchPage.GetAsync(client, "flumpet");

        Assert.Empty(before.ResultUrls);
        Assert.Equal("No results for “flumpet”.", before.Status);
        Assert.Equal(["/conditions/draft-flumpet"], after.ResultUrls);
    }

    [Theory]
    [InlineData("<script>alert('x')</script>")]
    [InlineData("\"><img src=x onerror=alert(1)>")]
    [InlineData("'; DROP TABLE Conditions; --")]
    [InlineData("neck' OR '1'='1")]
    [InlineData("\"neck")]
    [InlineData("😀🦴")]
    [InlineData("%%% ___ ***")]
    [InlineData("the and of")]
    public async Task OddQueriesGetAClearPageAndAreNeverReflectedAsMarkup(string query)
    {
        var client = factory.CreateClient();
        using var response = await client.GetAsync(new Uri("/search?q=" + Uri.EscapeDataString(query), UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await Html.ParseAsync(response);
        Assert.Empty(page.QuerySelectorAll("main script, main img"));
        Assert.Contains(query.Trim(), page.One("main [role='status']").TextContent, StringComparison.Ordinal);
        Assert.Equal(query, ((AngleSharp.Html.Dom.IHtmlInputElement)page.One("#search-q")).Value);
        Assert.True(await factory.WithDbAsync(db => db.Conditions.AnyAsync()));
    }

    [Fact]
    public async Task EmptyQueryShowsTheFormWithAHint()
    {
        var page = await factory.CreateClient().GetDocumentAsync("/search?q=");

        Assert.StartsWith("Type a word or two", page.One("main [role='status']").Text(), StringComparison.Ordinal);
        Assert.Empty(page.QuerySelectorAll("main ol.search-results"));
    }

    [Fact]
    public async Task TooLongQueryIsExplainedNotSearched()
    {
        var query = string.Concat(Enumerable.Repeat("neck ", 100));

        using var response = await factory.CreateClient().GetAsync(new Uri("/search?q=" + Uri.EscapeDataString(query), UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await Html.ParseAsync(response);
        Assert.StartsWith("That search is too long", page.One("main [role='status']").Text(), StringComparison.Ordinal);
        Assert.Empty(page.QuerySelectorAll("main ol.search-results"));
    }

    [Fact]
    public async Task SnippetTextFromContentIsEncodedNotRendered()
    {
        await factory.WithDbAsync(async db =>
        {
            db.Conditions.Add(SearchTestContent.Condition("markup-snippet", "Markup snippet",
                "Grommet <b onmouseover=\"alert(1)\">bold</b> & <script>alert(2)</script> text."));
            await db.SaveChangesAsync();
        });

        var page = await SearchPage.GetAsync(factory.CreateClient(), "grommet");

        var snippet = page.Document.One("main ol.search-results .search-results__snippet");
        Assert.Empty(snippet.QuerySelectorAll("b, script"));
        Assert.Equal(["Grommet"], snippet.QuerySelectorAll("mark").Select(m => m.TextContent));
        Assert.Contains("<b onmouseover", snippet.TextContent, StringComparison.Ordinal);
    }
}
