using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using PurePhysio.Web.Tests.Infrastructure;

namespace PurePhysio.Web.Tests.Caching;

/// <summary>The app on a clock the test moves: Monday 7 December 2026, 07:59 in London (UTC in winter).</summary>
public sealed class ClockedAppFactory : CachingAppFactory
{
    public static readonly DateTimeOffset Start = new(2026, 12, 7, 7, 59, 0, TimeSpan.Zero);

    public FakeTimeProvider Time { get; } = new(Start);

    protected override FakeTimeProvider? Clock => Time;
}

/// <summary>
/// Time changes pages without anyone saving: a cached page never outlives the next opening or
/// closing time, midnight, or a scheduled publication.
/// </summary>
public sealed class TimeBoundCachingTests(ClockedAppFactory factory) : IClassFixture<ClockedAppFactory>
{
    private async Task<AngleSharp.Html.Dom.IHtmlDocument> PageAsync(string url)
    {
        using var client = factory.CreateClient();
        return await client.GetDocumentAsync(url);
    }

    // One scenario, because the clock only moves forward.
    [Fact]
    public async Task CachedPagesNeverOutliveOpeningTimesMidnightOrAScheduledPublication()
    {
        var publishAt = ClockedAppFactory.Start.AddHours(2);
        await factory.WithDbAsync(async db =>
        {
            var condition = await db.Conditions.SingleAsync(c => c.Slug == "plantar-fasciitis");
            condition.PublishedAt = publishAt;
            await db.SaveChangesAsync();
        });

        // Monday 07:59: closed; each page requested twice so that a stored copy exists.
        var before = await PageAsync("/conditions");
        Assert.Equal("Closed now, opens today at 8AM", before.One("header .opening-hours__status").Text());
        Assert.DoesNotContain(before.QuerySelectorAll("main a"), a => a.Text() == "Plantar Fasciitis");
        await PageAsync("/conditions");
        Assert.Contains("hit", factory.CacheOutcomes("/conditions"));

        factory.Time.SetUtcNow(ClockedAppFactory.Start.AddMinutes(1));
        var opened = await PageAsync("/conditions");
        Assert.Equal("Open now until 8PM", opened.One("header .opening-hours__status").Text());
        Assert.DoesNotContain(opened.QuerySelectorAll("main a"), a => a.Text() == "Plantar Fasciitis");
        await PageAsync("/conditions");

        factory.Time.SetUtcNow(publishAt.AddSeconds(1));
        var published = await PageAsync("/conditions");
        Assert.Contains(published.QuerySelectorAll("main a"), a => a.Text() == "Plantar Fasciitis");

        factory.Time.SetUtcNow(new DateTimeOffset(2026, 12, 7, 20, 0, 0, TimeSpan.Zero));
        var closed = await PageAsync("/conditions");
        Assert.Equal("Closed now, opens tomorrow at 8AM", closed.One("header .opening-hours__status").Text());

        // Thursday 31 December 23:59, then New Year's Day: the copyright year turns with the clinic's calendar.
        factory.Time.SetUtcNow(new DateTimeOffset(2026, 12, 31, 23, 59, 0, TimeSpan.Zero));
        Assert.Contains("© 2026", (await PageAsync("/conditions")).One("footer .copyright").Text());
        await PageAsync("/conditions");
        factory.Time.SetUtcNow(new DateTimeOffset(2027, 1, 1, 0, 0, 1, TimeSpan.Zero));
        Assert.Contains("© 2027", (await PageAsync("/conditions")).One("footer .copyright").Text());
    }
}
