using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PurePhysio.Web.Data;
using PurePhysio.Web.Tests.Infrastructure;

namespace PurePhysio.Web.Tests.Search;

/// <summary>Other names of a condition are on its page, in its structured data and in search; related conditions sit at its foot.</summary>
public sealed class ConditionAlternativeNamesTests(ClinicAppFactory factory) : IClassFixture<ClinicAppFactory>
{
    [Fact]
    public async Task EverySeededConditionHasOtherNamesShownAsAlsoKnownAsAndAsAlternateName()
    {
        var client = factory.CreateClient();
        foreach (var (slug, names) in SeedData.ConditionAlternativeNames)
        {
            var page = await client.GetDocumentAsync("/conditions/" + slug);

            Assert.Equal("Also known as " + string.Join(", ", names), page.One("main .also-known-as").Text());
            var condition = page.QuerySelectorAll("script[type='application/ld+json']")
                .Select(s => JsonDocument.Parse(s.TextContent).RootElement)
                .Single(j => j.TryGetProperty("about", out _)).GetProperty("about");
            Assert.Equal(names, condition.GetProperty("alternateName").EnumerateArray().Select(n => n.GetString()!).ToList());
        }
    }

    [Fact]
    public async Task RelatedConditionsLinkToOtherPublishedConditions()
    {
        var page = await factory.CreateClient().GetDocumentAsync("/conditions/sciatica");

        var related = page.One("main nav.related");
        var links = related.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal("Related conditions", related.One("h2").Text());
        Assert.InRange(links.Count, 1, 3);
        Assert.DoesNotContain("/conditions/sciatica", links);
        Assert.All(links, l => Assert.StartsWith("/conditions/", l, StringComparison.Ordinal));
        // Sciatica and low back pain share the back, the leg and the nerve: the closest match comes first.
        Assert.Equal("/conditions/low-back-pain", links[0]);
    }

    [Fact]
    public async Task SeedStepKeepsOtherNamesStaffAlreadyTyped()
    {
        // The step ran at start-up; running the seed again changes nothing (it is recorded as applied).
        await factory.WithDbAsync(async db =>
        {
            var condition = await db.Conditions.SingleAsync(c => c.Slug == "tennis-elbow");
            condition.AlternativeNames = "Staff's own name";
            await db.SaveChangesAsync();
            await SeedData.ApplyAsync(db, TimeProvider.System);
        });

        var names = await factory.WithDbAsync(db => db.Conditions.Where(c => c.Slug == "tennis-elbow").Select(c => c.AlternativeNames).SingleAsync());
        var found = await SearchPage.GetAsync(factory.CreateClient(), "staff's own name");

        Assert.Equal("Staff's own name", names);
        Assert.Equal("/conditions/tennis-elbow", found.ResultUrls[0]);
    }
}
