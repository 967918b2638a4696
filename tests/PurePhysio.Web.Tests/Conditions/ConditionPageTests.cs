using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using PurePhysio.Web.Data;
using PurePhysio.Web.Domain;
using PurePhysio.Web.Tests.Infrastructure;

namespace PurePhysio.Web.Tests.Conditions;

public sealed class ConditionPageTests(ClinicAppFactory factory) : IClassFixture<ClinicAppFactory>
{
    private const string CervicalMyelopathyUrl = "/conditions/" + SeedData.CervicalMyelopathySlug;

    [Fact]
    public async Task ConditionPageShowsTheSeededTitleAsItsHeading()
    {
        var page = await factory.CreateClient().GetDocumentAsync(CervicalMyelopathyUrl);

        Assert.Equal(SeedData.CervicalMyelopathyTitle, page.One("main h1").Text());
        Assert.StartsWith(SeedData.CervicalMyelopathyTitle, page.Title, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConditionPageListsEverySymptomAsAListItem()
    {
        var page = await factory.CreateClient().GetDocumentAsync(CervicalMyelopathyUrl);

        var items = page.One("main ul.symptoms").QuerySelectorAll("li").Select(li => li.Text()).ToList();
        Assert.Equal(SeedData.CervicalMyelopathySymptoms, items);
    }

    [Fact]
    public async Task ConditionPageShowsBreadcrumbHomeConditionsTitle()
    {
        var page = await factory.CreateClient().GetDocumentAsync(CervicalMyelopathyUrl);

        var links = page.One("nav[aria-label='Breadcrumb']").QuerySelectorAll("li a").Cast<IHtmlAnchorElement>().ToList();
        Assert.Equal(["Home", "Conditions", SeedData.CervicalMyelopathyTitle], links.Select(a => a.Text()));
        Assert.Equal(["/", "/conditions", CervicalMyelopathyUrl], links.Select(a => a.GetAttribute("href")));
        Assert.Equal("page", links[^1].GetAttribute("aria-current"));
    }

    [Fact]
    public async Task ConditionPageLinksToTheBmjResource()
    {
        var page = await factory.CreateClient().GetDocumentAsync(CervicalMyelopathyUrl);

        var link = (IHtmlAnchorElement)page.One($"section.resources a[href='{SeedData.BmjResourceUrl}']");
        Assert.False(string.IsNullOrWhiteSpace(link.Text()));
        Assert.Contains("The British Medical Journal", link.ParentElement!.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConditionPageShowsTheUrgencyAdviceApartFromTheArticleText()
    {
        var page = await factory.CreateClient().GetDocumentAsync(CervicalMyelopathyUrl);

        var urgent = page.One("article aside.urgent");
        Assert.Contains("seek medical advice with urgency", urgent.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConditionPageRendersTheMarkdownBodyAsHeadingsAndParagraphs()
    {
        var page = await factory.CreateClient().GetDocumentAsync(CervicalMyelopathyUrl);

        var headings = page.QuerySelectorAll("article h2").Select(h => h.Text()).ToList();
        Assert.Contains("Assessment & Diagnosis", headings);
        Assert.Contains(page.QuerySelectorAll("article p"), p => p.Text().Contains("decompression surgery", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ConditionsIndexListsEveryPublishedCondition()
    {
        var client = factory.CreateClient();
        var page = await client.GetDocumentAsync("/conditions");

        var links = page.QuerySelectorAll("main .card-list a").Select(a => a.GetAttribute("href")).ToList();
        var published = await factory.WithDbAsync(db => db.Conditions.WherePublished(DateTimeOffset.UtcNow).Select(c => "/conditions/" + c.Slug).ToListAsync());
        Assert.Equal(published.Order(), links.Order());
        Assert.Contains(CervicalMyelopathyUrl, links);
    }

    [Fact]
    public async Task UnknownSlugIsA404PageInTheSiteLayout()
    {
        using var response = await factory.CreateClient().GetAsync(new Uri("/conditions/no-such-condition", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var page = await Html.ParseAsync(response);
        Assert.Equal("Page not found", page.One("main h1").Text());
        Assert.NotNull(page.QuerySelector("nav[aria-label='Main']"));
    }

    [Fact]
    public async Task UnpublishedConditionIsNotFoundAndNotListed()
    {
        await factory.WithDbAsync(async db =>
        {
            db.Conditions.Add(NewCondition("draft-condition", isPublished: false, publishedAt: null));
            await db.SaveChangesAsync();
        });
        var client = factory.CreateClient();

        using var response = await client.GetAsync(new Uri("/conditions/draft-condition", UriKind.Relative));
        var index = await client.GetDocumentAsync("/conditions");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain(index.QuerySelectorAll("main a"), a => a.GetAttribute("href") == "/conditions/draft-condition");
    }

    [Fact]
    public async Task ConditionScheduledForTheFutureIsNotFoundYet()
    {
        await factory.WithDbAsync(async db =>
        {
            db.Conditions.Add(NewCondition("scheduled-condition", isPublished: true, publishedAt: DateTimeOffset.UtcNow.AddDays(3)));
            await db.SaveChangesAsync();
        });

        using var response = await factory.CreateClient().GetAsync(new Uri("/conditions/scheduled-condition", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private static Condition NewCondition(string slug, bool isPublished, DateTimeOffset? publishedAt) => new()
    {
        Title = "Hidden " + slug,
        Slug = slug,
        Summary = "Not for patients yet.",
        IsPublished = isPublished,
        PublishedAt = publishedAt,
        CreatedAt = DateTimeOffset.UtcNow,
        UpdatedAt = DateTimeOffset.UtcNow,
    };
}
