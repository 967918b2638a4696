using PurePhysio.Web.Domain;
using PurePhysio.Web.Features.Clinic;

namespace PurePhysio.Web.Tests.Caching;

/// <summary>When a page stops being true by itself: the lifetime of every cached page.</summary>
public sealed class ClinicProfileTests
{
    private static ClinicProfile Profile(IReadOnlyList<PublishedContent>? conditions = null) => new(
        new ClinicSettings { ClinicName = "Pure Physiotherapy", TimeZoneId = "Europe/London" },
        [.. Enum.GetValues<DayOfWeek>().Select(d => d == DayOfWeek.Sunday
            ? new PurePhysio.Web.Domain.OpeningHours { Day = d, IsClosed = true }
            : new PurePhysio.Web.Domain.OpeningHours { Day = d, Opens = new TimeOnly(8, 0), Closes = new TimeOnly(20, 0) })],
        [],
        [],
        conditions ?? [],
        [],
        []);

    [Theory]
    // Winter (UTC): before opening, while open, after closing.
    [InlineData("2026-12-07T07:00:00Z", "2026-12-07T08:00:00Z")]
    [InlineData("2026-12-07T12:00:00Z", "2026-12-07T20:00:00Z")]
    [InlineData("2026-12-07T20:00:00Z", "2026-12-08T00:00:00Z")]
    // Summer (BST, UTC+1): the clinic's 8AM is 07:00 UTC, its midnight 23:00 UTC.
    [InlineData("2026-07-06T06:30:00Z", "2026-07-06T07:00:00Z")]
    [InlineData("2026-07-06T20:00:00Z", "2026-07-06T23:00:00Z")]
    // The night the clocks go forward (Sunday 29 March 2026, closed): 00:30 GMT; the next boundary is
    // 8AM, now BST, 07:00 UTC. Times of day count on every day: a closed day only expires pages early.
    [InlineData("2026-03-29T00:30:00Z", "2026-03-29T07:00:00Z")]
    public void TheNextChangeIsTheNextOpeningOrClosingTimeOrMidnight(string now, string expected)
    {
        var next = Profile().NextChangeAfter(DateTimeOffset.Parse(now, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), next);
    }

    [Fact]
    public void AScheduledPublicationComesFirstWhenItIsSooner()
    {
        var now = new DateTimeOffset(2026, 12, 7, 12, 0, 0, TimeSpan.Zero);
        var profile = Profile([
            new PublishedContent(1, "due", "Due", "", now.AddHours(-1), now, 1),
            new PublishedContent(2, "later", "Later", "", now.AddMinutes(30), now, 1),
        ]);

        Assert.Equal(now.AddMinutes(30), profile.NextChangeAfter(now));
        Assert.Null(profile.FindCondition("later", now));
        Assert.NotNull(profile.FindCondition("later", now.AddMinutes(30)));
    }
}
