using PurePhysio.Web.Domain;
using PurePhysio.Web.Features.OpeningHours;
using Hours = PurePhysio.Web.Domain.OpeningHours;

namespace PurePhysio.Web.Tests.OpeningHours;

public sealed class OpeningHoursCalculatorTests
{
    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    private static List<Hours> SeedWeek() => Enum.GetValues<DayOfWeek>()
        .Select(d => d == DayOfWeek.Sunday
            ? new Hours { Day = d, IsClosed = true }
            : new Hours { Day = d, Opens = new TimeOnly(8, 0), Closes = new TimeOnly(20, 0) })
        .ToList();

    [Fact]
    public void ConsecutiveDaysWithEqualHoursAreGroupedLikeTheSeed()
    {
        var lines = OpeningHoursCalculator.Summarize(SeedWeek());

        Assert.Equal(["Monday - Saturday 8AM - 8PM", "Sunday Closed"], lines.Select(l => l.ToString()));
        Assert.True(lines[1].IsClosed);
    }

    [Fact]
    public void DifferentHoursSplitTheGroupsAndMinutesAreShown()
    {
        var week = SeedWeek();
        week.Single(d => d.Day == DayOfWeek.Wednesday).Closes = new TimeOnly(17, 30);
        week.Single(d => d.Day == DayOfWeek.Saturday).Opens = new TimeOnly(9, 0);
        week.Single(d => d.Day == DayOfWeek.Saturday).Closes = new TimeOnly(12, 0);

        var lines = OpeningHoursCalculator.Summarize(week).Select(l => l.ToString());

        Assert.Equal(
            ["Monday - Tuesday 8AM - 8PM", "Wednesday 8AM - 5:30PM", "Thursday - Friday 8AM - 8PM", "Saturday 9AM - 12PM", "Sunday Closed"],
            lines);
    }

    [Fact]
    public void ADayMissingFromTheWeekCountsAsClosed()
    {
        var week = SeedWeek().Where(d => d.Day != DayOfWeek.Monday).ToList();

        var lines = OpeningHoursCalculator.Summarize(week).Select(l => l.ToString());

        Assert.Equal(["Monday Closed", "Tuesday - Saturday 8AM - 8PM", "Sunday Closed"], lines);
    }

    [Fact]
    public void OpenDuringHoursOnAWeekday()
    {
        // Tuesday 24 November 2026, 10:00 GMT.
        var status = OpeningHoursCalculator.StatusAt(new DateTimeOffset(2026, 11, 24, 10, 0, 0, TimeSpan.Zero), London, SeedWeek(), []);

        Assert.True(status.IsOpen);
        Assert.Equal("Open now until 8PM", status.Message);
    }

    [Fact]
    public void ClosedAtClosingTimeAndOpensTomorrow()
    {
        var status = OpeningHoursCalculator.StatusAt(new DateTimeOffset(2026, 11, 24, 20, 0, 0, TimeSpan.Zero), London, SeedWeek(), []);

        Assert.False(status.IsOpen);
        Assert.Equal("Closed now, opens tomorrow at 8AM", status.Message);
    }

    [Fact]
    public void ClosedOnSundayAndOpensMonday()
    {
        // Sunday 29 November 2026 at noon: Monday is tomorrow.
        var status = OpeningHoursCalculator.StatusAt(new DateTimeOffset(2026, 11, 29, 12, 0, 0, TimeSpan.Zero), London, SeedWeek(), []);

        Assert.False(status.IsOpen);
        Assert.Equal("Closed now, opens tomorrow at 8AM", status.Message);
    }

    [Fact]
    public void SaturdayEveningOpensMondayNamingTheDay()
    {
        var status = OpeningHoursCalculator.StatusAt(new DateTimeOffset(2026, 11, 28, 21, 0, 0, TimeSpan.Zero), London, SeedWeek(), []);

        Assert.Equal("Closed now, opens Monday at 8AM", status.Message);
    }

    [Fact]
    public void ClosureOverridesTheWeeklyHoursAndGivesItsReason()
    {
        // Christmas Day and Boxing Day 2026 are Friday and Saturday; Sunday is closed anyway.
        Closure[] closures = [new Closure { StartDate = new DateOnly(2026, 12, 25), EndDate = new DateOnly(2026, 12, 26), Reason = "Christmas" }];

        var status = OpeningHoursCalculator.StatusAt(new DateTimeOffset(2026, 12, 25, 10, 0, 0, TimeSpan.Zero), London, SeedWeek(), closures);

        Assert.False(status.IsOpen);
        Assert.Equal("Christmas", status.ClosureReason);
        Assert.Equal("Closed now, opens Monday at 8AM", status.Message);
    }

    [Fact]
    public void DaylightSavingTimeIsUsedInSummer()
    {
        // 07:30 UTC on 29 March 2026 is 08:30 BST (clocks went forward at 01:00 UTC that day) - but that is a Sunday,
        // so use Monday 30 March: 07:30 UTC = 08:30 BST, open; in winter 07:30 UTC is 07:30 GMT, closed.
        var summer = OpeningHoursCalculator.StatusAt(new DateTimeOffset(2026, 3, 30, 7, 30, 0, TimeSpan.Zero), London, SeedWeek(), []);
        var winter = OpeningHoursCalculator.StatusAt(new DateTimeOffset(2026, 3, 23, 7, 30, 0, TimeSpan.Zero), London, SeedWeek(), []);

        Assert.True(summer.IsOpen);
        Assert.False(winter.IsOpen);
        Assert.Equal("Closed now, opens today at 8AM", winter.Message);
    }

    [Fact]
    public void ClosingTimeFollowsTheClocksGoingBack()
    {
        // Saturday 24 October 2026 19:30 UTC is 20:30 BST (closed); Saturday 31 October 19:30 UTC is 19:30 GMT (open).
        var beforeChange = OpeningHoursCalculator.StatusAt(new DateTimeOffset(2026, 10, 24, 19, 30, 0, TimeSpan.Zero), London, SeedWeek(), []);
        var afterChange = OpeningHoursCalculator.StatusAt(new DateTimeOffset(2026, 10, 31, 19, 30, 0, TimeSpan.Zero), London, SeedWeek(), []);

        Assert.False(beforeChange.IsOpen);
        Assert.True(afterChange.IsOpen);
    }

    [Theory]
    [InlineData(8, 0, "8AM")]
    [InlineData(12, 0, "12PM")]
    [InlineData(0, 0, "12AM")]
    [InlineData(17, 30, "5:30PM")]
    [InlineData(9, 5, "9:05AM")]
    public void TimesAreWrittenTheClinicsWay(int hour, int minute, string expected) =>
        Assert.Equal(expected, OpeningHoursCalculator.FormatTime(new TimeOnly(hour, minute)));
}
