using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PurePhysio.Web.Data;
using PurePhysio.Web.Tests.Infrastructure;

namespace PurePhysio.Web.Tests.Search;

/// <summary>Patients type conditions the way they say or spell them: misspellings, other names, synonyms, phrases.</summary>
public sealed class SearchInPatientsWordsTests(ClinicAppFactory factory) : IClassFixture<ClinicAppFactory>
{
    [Theory]
    [InlineData("Cervical Mylopathy", SeedData.CervicalMyelopathySlug)]
    [InlineData("mylopathy", SeedData.CervicalMyelopathySlug)]
    [InlineData("sciatia", "sciatica")]
    [InlineData("Siatica", "sciatica")]
    [InlineData("low back painn", "low-back-pain")]
    [InlineData("Frozen Sholder", "frozen-shoulder")]
    [InlineData("sholder", "frozen-shoulder")]
    [InlineData("Tenis Elbow", "tennis-elbow")]
    [InlineData("Plantar Fasciitus", "plantar-fasciitis")]
    [InlineData("plantar fascitis", "plantar-fasciitis")]
    public async Task MisspeltTitleFindsItsConditionFirst(string query, string slug)
    {
        var page = await SearchPage.GetAsync(factory.CreateClient(), query);

        Assert.NotEmpty(page.ResultUrls);
        Assert.Equal("/conditions/" + slug, page.ResultUrls[0]);
    }

    [Theory]
    [InlineData("lumbago", "low-back-pain")]
    [InlineData("backache", "low-back-pain")]
    [InlineData("adhesive capsulitis", "frozen-shoulder")]
    [InlineData("lateral epicondylitis", "tennis-elbow")]
    [InlineData("policeman's heel", "plantar-fasciitis")]
    [InlineData("DCM", SeedData.CervicalMyelopathySlug)]
    [InlineData("lumbar radiculopathy", "sciatica")]
    public async Task AlternativeNameFindsItsConditionFirst(string query, string slug)
    {
        var page = await SearchPage.GetAsync(factory.CreateClient(), query);

        Assert.NotEmpty(page.ResultUrls);
        Assert.Equal("/conditions/" + slug, page.ResultUrls[0]);
    }

    [Theory]
    [InlineData("bad back", "low-back-pain")]
    [InlineData("pinched nerve", "sciatica")]
    [InlineData("policemans heel", "plantar-fasciitis")]
    [InlineData("golfers elbow", "tennis-elbow")]
    public async Task SynonymFindsItsConditionFirst(string query, string slug)
    {
        var page = await SearchPage.GetAsync(factory.CreateClient(), query);

        Assert.NotEmpty(page.ResultUrls);
        Assert.Equal("/conditions/" + slug, page.ResultUrls[0]);
    }

    [Fact]
    public async Task ExactMatchRanksAboveAMisspellingsLookAlike()
    {
        await factory.WithDbAsync(async db =>
        {
            db.Conditions.Add(SearchTestContent.Condition("wombat-exact", "Wombats", "About wombats."));
            db.Conditions.Add(SearchTestContent.Condition("wombat-near", "Wombets", "About wombets, nothing else."));
            await db.SaveChangesAsync();
        });

        var page = await SearchPage.GetAsync(factory.CreateClient(), "wombats");

        Assert.Equal("/conditions/wombat-exact", page.ResultUrls[0]);
    }

    [Fact]
    public async Task ShortWordsAreNotMatchedFuzzily()
    {
        // "kne" is three letters: no edit is allowed, so it must not find "knee".
        var page = await SearchPage.GetAsync(factory.CreateClient(), "kne");

        Assert.Empty(page.ResultUrls);
    }

    [Fact]
    public async Task DidYouMeanOffersAnIndexedSpellingWhoseLinkFindsResults()
    {
        var client = factory.CreateClient();
        var page = await SearchPage.GetAsync(client, "sholder stifness");

        var link = page.Document.One("main .search-did-you-mean a");
        Assert.Equal("shoulder stiffness", link.Text());
        var corrected = new SearchPage(await client.GetDocumentAsync(link.GetAttribute("href")!));
        Assert.Contains("/conditions/frozen-shoulder", corrected.ResultUrls);
        Assert.Null(corrected.Document.QuerySelector("main .search-did-you-mean"));
    }

    [Fact]
    public async Task DidYouMeanAppearsWhenNothingIsFoundAndOnlyWithIndexedWords()
    {
        var client = factory.CreateClient();

        var nothing = await SearchPage.GetAsync(client, "zzzqqqxx");
        var found = await SearchPage.GetAsync(client, "cervical");

        Assert.Empty(nothing.ResultUrls);
        Assert.Null(nothing.Document.QuerySelector("main .search-did-you-mean"));
        Assert.Null(found.Document.QuerySelector("main .search-did-you-mean"));
    }

    [Fact]
    public async Task QuotedPhraseMustAppearInOrder()
    {
        var client = factory.CreateClient();

        var inOrder = await SearchPage.GetAsync(client, "\"spinal cord\"");
        var reversed = await SearchPage.GetAsync(client, "\"cord spinal\"");
        var mixed = await SearchPage.GetAsync(client, "neck “spinal cord”");

        Assert.Equal("/conditions/" + SeedData.CervicalMyelopathySlug, inOrder.ResultUrls[0]);
        Assert.Empty(reversed.ResultUrls);
        Assert.Equal("/conditions/" + SeedData.CervicalMyelopathySlug, mixed.ResultUrls[0]);
    }

    [Fact]
    public async Task ExactMatchesOnlyStillTakesTheQueryAsOnePhrase()
    {
        var client = factory.CreateClient();

        var exact = await SearchPage.GetAsync(client, "spinal cord compression", "&exact=true");
        var misspelt = await SearchPage.GetAsync(client, "spinal cord compresion", "&exact=true");

        Assert.Equal(["/conditions/" + SeedData.CervicalMyelopathySlug], exact.ResultUrls);
        Assert.Empty(misspelt.ResultUrls);
    }

    [Theory]
    [InlineData("neck\0pain")]
    [InlineData("neck\u0001\u001bpain")]
    [InlineData("\u0000neck pain\u007f")]
    public async Task ControlCharactersAreStrippedNotEchoed(string query)
    {
        var page = await SearchPage.GetAsync(factory.CreateClient(), query);

        Assert.Equal("/conditions/" + SeedData.CervicalMyelopathySlug, page.ResultUrls[0]);
        Assert.DoesNotContain(page.Document.DocumentElement.OuterHtml, c => char.IsControl(c) && c is not ('\n' or '\r' or '\t'));
        Assert.Contains("for “neck", page.Status, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SuggestionsOfferTitlesAndOtherNamesAndAreCacheable()
    {
        var client = factory.CreateClient();

        using var response = await client.GetAsync(new Uri("/search/suggest?q=lumb", UriKind.Relative));
        var suggestions = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.True(response.Headers.CacheControl?.Public);
        Assert.True(response.Headers.CacheControl?.MaxAge > TimeSpan.Zero);
        Assert.Equal("Low Back Pain", suggestions[0].GetProperty("title").GetString());
        Assert.Equal("/conditions/low-back-pain", suggestions[0].GetProperty("url").GetString());
        Assert.Equal("Lumbago", suggestions[0].GetProperty("alsoKnownAs").GetString());
        Assert.Contains(suggestions.EnumerateArray(), s => s.GetProperty("title").GetString() == "Sciatica");
    }

    [Fact]
    public async Task SuggestionsAndResultsFollowAStaffEditAtOnceBecauseTheServerNeverCachesThem()
    {
        var client = factory.CreateClient();
        await factory.WithDbAsync(async db =>
        {
            db.Conditions.Add(SearchTestContent.Condition("quokkoid-wrist", "Quokkoid wrist", "Quokkoid wrist aches."));
            await db.SaveChangesAsync();
        });
        async Task<string[]> SuggestedTitles(string q) =>
            JsonDocument.Parse(await client.GetStringAsync(new Uri("/search/suggest?q=" + q, UriKind.Relative)))
                .RootElement.EnumerateArray().Select(s => s.GetProperty("title").GetString()!).ToArray();

        Assert.Equal(["Quokkoid wrist"], await SuggestedTitles("quokkoid"));
        Assert.Equal(["/conditions/quokkoid-wrist"], (await SearchPage.GetAsync(client, "quokkoid")).ResultUrls);

        // A staff edit: renamed. The same URLs asked again answer from the edited content, not a server-side copy.
        await factory.WithDbAsync(async db =>
        {
            (await db.Conditions.SingleAsync(c => c.Slug == "quokkoid-wrist")).Title = "Bilbyoid wrist";
            await db.SaveChangesAsync();
        });
        Assert.Equal(["Bilbyoid wrist"], await SuggestedTitles("bilbyoid"));
        Assert.Empty(await SuggestedTitles("quokkoid%20w"));
        Assert.Equal(["Bilbyoid wrist"], (await SearchPage.GetAsync(client, "quokkoid")).ResultTitles);

        // Unpublished: gone from both at once.
        await factory.WithDbAsync(async db =>
        {
            (await db.Conditions.SingleAsync(c => c.Slug == "quokkoid-wrist")).IsPublished = false;
            await db.SaveChangesAsync();
        });
        Assert.Empty(await SuggestedTitles("bilbyoid"));
        Assert.Empty((await SearchPage.GetAsync(client, "quokkoid")).ResultUrls);
    }

    [Fact]
    public async Task SearchResultsAreNotKeptByBrowsersOrTheOutputCache()
    {
        using var response = await factory.CreateClient().GetAsync(new Uri("/search?q=neck", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.CacheControl?.Public ?? false);
        Assert.Null(response.Headers.CacheControl?.MaxAge);
        Assert.False(response.Headers.Contains("Age"));
    }

    [Fact]
    public async Task SuggestionsByTitleComeFirstAndEmptyOrHostileInputGetsAnEmptyList()
    {
        var client = factory.CreateClient();

        var tennis = JsonDocument.Parse(await client.GetStringAsync(new Uri("/search/suggest?q=Tenn", UriKind.Relative))).RootElement;
        var empty = await client.GetStringAsync(new Uri("/search/suggest?q=", UriKind.Relative));
        var hostile = await client.GetStringAsync(new Uri("/search/suggest?q=%00%3Cscript%3E", UriKind.Relative));

        Assert.Equal("Tennis Elbow", tennis[0].GetProperty("title").GetString());
        Assert.Equal(JsonValueKind.Null, tennis[0].GetProperty("alsoKnownAs").ValueKind);
        Assert.Equal("[]", empty);
        Assert.Equal("[]", hostile);
    }

    [Fact]
    public async Task DraftsNeverAppearThroughOtherNamesMisspellingsOrSuggestions()
    {
        await factory.WithDbAsync(async db =>
        {
            var draft = SearchTestContent.Condition("zebra-draft", "Quagga knee", "Quagga quagga.", isPublished: false);
            draft.AlternativeNames = "Zebrafoot syndrome";
            var scheduled = SearchTestContent.Condition("okapi-later", "Okapi hip", "Okapi.", publishedAt: DateTimeOffset.UtcNow.AddDays(3));
            scheduled.AlternativeNames = "Giraffehip";
            db.Conditions.AddRange(draft, scheduled);
            await db.SaveChangesAsync();
        });
        var client = factory.CreateClient();

        foreach (var query in new[] { "zebrafoot", "zebrafot", "quaga", "quagga", "giraffehip", "okapi" })
        {
            Assert.Empty((await SearchPage.GetAsync(client, query)).ResultUrls);
        }

        Assert.Equal("[]", await client.GetStringAsync(new Uri("/search/suggest?q=zebra", UriKind.Relative)));
        Assert.Equal("[]", await client.GetStringAsync(new Uri("/search/suggest?q=okapi", UriKind.Relative)));
        Assert.DoesNotContain("zebra", (await client.GetDocumentAsync("/conditions/sciatica")).One(".related").Text(), StringComparison.OrdinalIgnoreCase);
    }
}
