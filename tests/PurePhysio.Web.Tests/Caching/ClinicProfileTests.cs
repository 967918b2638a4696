using PurePhysio.Web.Domain;
using PurePhysio.Web.Features.Clinic;
using PurePhysio.Web.Features.OpeningHours;

namespace PurePhysio.Web.Tests.Caching;

/// <summary>When a page stops being true by itself: the lifetime of every cached page.</summary>
public sealed class ClinicProfileTests
{
    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    private static TimeRange Range(int opens, int closes) => new(new TimeOnly(opens, 0), new TimeOnly(closes, 0));

    private static ClinicProfile Profile(IReadOnlyList<PublishedContent>? conditions = null, OpeningSchedule? hours = null) => new(
        new ClinicSettings { ClinicName = "Pure Physiotherapy", TimeZoneId = "Europe/London" },
        new OpeningHoursSnapshot(hours ?? new OpeningSchedule(London,
            Enum.GetValues<DayOfWeek>().Where(d => d != DayOfWeek.Sunday).Select(d => (d, Range(8, 20)))), OpeningHoursSettings.DefaultNoticeDays),
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
    // The night the clocks go forward (Sunday 29 March 2026, closed all day): nothing changes until
    // Monday's midnight, which is BST by then: 23:00 UTC.
    [InlineData("2026-03-29T00:30:00Z", "2026-03-29T23:00:00Z")]
    // Monday 30 March 2026 (BST): 8AM is 07:00 UTC.
    [InlineData("2026-03-30T05:00:00Z", "2026-03-30T07:00:00Z")]
    // Christmas Day 2026 is a bank holiday (Friday): no opening time that day, only midnight.
    [InlineData("2026-12-25T07:00:00Z", "2026-12-26T00:00:00Z")]
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
            new PublishedContent(1, "due", "Due", "", now.AddHours(-1), now),
            new PublishedContent(2, "later", "Later", "", now.AddMinutes(30), now),
        ]);

        Assert.Equal(now.AddMinutes(30), profile.NextChangeAfter(now));
        Assert.Null(profile.FindCondition("later", now));
        Assert.NotNull(profile.FindCondition("later", now.AddMinutes(30)));
    }

    [Fact]
    public void SpecialHoursAndALunchBreakAreBoundariesToo()
    {
        var hours = new OpeningSchedule(London,
            OpeningSchedule.WeekOrder.Take(5).SelectMany(d => new[] { (d, Range(8, 12)), (d, Range(13, 20)) }),
            [new SpecialDate(new DateOnly(2026, 12, 24), [Range(10, 14)], "Christmas Eve")]);
        var profile = Profile(hours: hours);

        // Tuesday 8 December 2026: lunch from 12 to 1.
        Assert.Equal(new DateTimeOffset(2026, 12, 8, 12, 0, 0, TimeSpan.Zero), profile.NextChangeAfter(new DateTimeOffset(2026, 12, 8, 9, 0, 0, TimeSpan.Zero)));
        Assert.Equal(new DateTimeOffset(2026, 12, 8, 13, 0, 0, TimeSpan.Zero), profile.NextChangeAfter(new DateTimeOffset(2026, 12, 8, 12, 0, 0, TimeSpan.Zero)));
        // Christmas Eve (Thursday): the special hours, not the weekly 8AM, open the day.
        Assert.Equal(new DateTimeOffset(2026, 12, 24, 10, 0, 0, TimeSpan.Zero), profile.NextChangeAfter(new DateTimeOffset(2026, 12, 24, 7, 0, 0, TimeSpan.Zero)));
        Assert.Equal(new DateTimeOffset(2026, 12, 24, 14, 0, 0, TimeSpan.Zero), profile.NextChangeAfter(new DateTimeOffset(2026, 12, 24, 12, 0, 0, TimeSpan.Zero)));
    }
}
