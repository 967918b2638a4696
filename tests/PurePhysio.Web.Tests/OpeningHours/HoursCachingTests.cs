using Microsoft.Extensions.Time.Testing;
using PurePhysio.Web.Domain;
using PurePhysio.Web.Tests.Caching;
using PurePhysio.Web.Tests.Infrastructure;

namespace PurePhysio.Web.Tests.OpeningHours;

/// <summary>Output-cached pages on a clock the test moves: Thursday 17 December 2026, 23:59 in London (UTC in winter).</summary>
public sealed class HoursClockAppFactory : CachingAppFactory
{
    public static readonly DateTimeOffset Start = new(2026, 12, 17, 23, 59, 0, TimeSpan.Zero);

    public FakeTimeProvider Time { get; } = new(Start);

    protected override FakeTimeProvider? Clock => Time;
}

/// <summary>
/// A cached page never shows stale hours: the notice appears at the clinic's midnight a week ahead, a save of
/// special hours evicts, and special hours and bank holidays are opening and closing times of their own.
/// </summary>
public sealed class HoursCachingTests(HoursClockAppFactory factory) : IClassFixture<HoursClockAppFactory>
{
    private async Task<AngleSharp.Html.Dom.IHtmlDocument> PageAsync()
    {
        using var client = factory.CreateClient();
        return await client.GetDocumentAsync("/conditions");
    }

    private static string Status(AngleSharp.Html.Dom.IHtmlDocument page) => page.One("header .opening-hours__status").Text();

    private static List<string> Notices(AngleSharp.Html.Dom.IHtmlDocument page) =>
        page.QuerySelectorAll("header #hours-notice li").Select(li => li.Text()).ToList();

    private void At(int month, int day, int hour, int minute, int second = 0) =>
        factory.Time.SetUtcNow(new DateTimeOffset(2026, month, day, hour, minute, second, TimeSpan.Zero));

    // One scenario, because the clock only moves forward.
    [Fact]
    public async Task CachedPagesFollowNoticesSpecialHoursAndBankHolidays()
    {
        // Thursday 23:59: Christmas Day is eight days away; each page requested twice so that a stored copy exists.
        Assert.Empty(Notices(await PageAsync()));
        await PageAsync();
        Assert.Contains("hit", factory.CacheOutcomes("/conditions"));

        At(12, 18, 0, 0, 1);
        Assert.Equal(["Closed Friday 25 December (Christmas Day)"], Notices(await PageAsync()));
        await PageAsync();

        // A save evicts at once: no clock change needed.
        await factory.WithDbAsync(async db =>
        {
            db.SpecialOpeningHours.Add(new SpecialOpeningHours { Date = new DateOnly(2026, 12, 24), Opens = new TimeOnly(10, 0), Closes = new TimeOnly(14, 0), Reason = "Christmas Eve" });
            await db.SaveChangesAsync();
        });
        Assert.Equal(["Open 10AM - 2PM on Thursday 24 December (Christmas Eve)", "Closed Friday 25 December (Christmas Day)"], Notices(await PageAsync()));

        // Christmas Eve: the special hours, not the weekly 8AM, open and close the day.
        At(12, 24, 9, 59);
        Assert.Equal("Closed now, opens today at 10AM (Christmas Eve)", Status(await PageAsync()));
        await PageAsync();
        At(12, 24, 10, 0, 1);
        Assert.Equal("Open now until 2PM (Christmas Eve)", Status(await PageAsync()));
        await PageAsync();
        At(12, 24, 14, 0, 1);
        Assert.Equal("Closed now, opens Saturday at 8AM (Christmas Eve)", Status(await PageAsync()));
        await PageAsync();

        // Christmas Day, a bank holiday: closed all day, no 8AM opening.
        At(12, 25, 0, 0, 1);
        Assert.Equal("Closed now, opens tomorrow at 8AM (Christmas Day)", Status(await PageAsync()));
        await PageAsync();
        At(12, 25, 8, 0, 1);
        Assert.Equal("Closed now, opens tomorrow at 8AM (Christmas Day)", Status(await PageAsync()));
    }
}
