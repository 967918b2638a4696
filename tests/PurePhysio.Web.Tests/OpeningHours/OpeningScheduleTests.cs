using PurePhysio.Web.Domain;
using PurePhysio.Web.Features.OpeningHours;

namespace PurePhysio.Web.Tests.OpeningHours;

public sealed class OpeningScheduleTests
{
    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    private static TimeRange Range(int opens, int closes) => new(new TimeOnly(opens, 0), new TimeOnly(closes, 0));

    /// <summary>The seeded week: Monday to Saturday 8AM - 8PM, Sunday closed.</summary>
    private static IEnumerable<(DayOfWeek, TimeRange)> SeedWeek() =>
        Enum.GetValues<DayOfWeek>().Where(d => d != DayOfWeek.Sunday).Select(d => (d, Range(8, 20)));

    /// <summary>Weekdays with a lunch break (8-12 and 1-8), Saturday morning, Sunday closed.</summary>
    private static IEnumerable<(DayOfWeek, TimeRange)> LunchBreakWeek() =>
        OpeningSchedule.WeekOrder.Take(5).SelectMany(d => new[] { (d, Range(8, 12)), (d, Range(13, 20)) })
            .Append((DayOfWeek.Saturday, Range(9, 13)));

    private static OpeningSchedule Schedule(IEnumerable<(DayOfWeek, TimeRange)>? week = null, IEnumerable<SpecialDate>? special = null,
        IEnumerable<ClosedDates>? closures = null, BankHolidayRegion region = BankHolidayRegion.EnglandAndWales, bool closedOnBankHolidays = true) =>
        new(London, week ?? SeedWeek(), special, closures, region, closedOnBankHolidays);

    private static DateTimeOffset Utc(int year, int month, int day, int hour, int minute = 0) => new(year, month, day, hour, minute, 0, TimeSpan.Zero);

    [Fact]
    public void ConsecutiveDaysWithEqualHoursAreGroupedLikeTheSeed()
    {
        var lines = Schedule().Summarize();

        Assert.Equal(["Monday - Saturday 8AM - 8PM", "Sunday Closed"], lines.Select(l => l.ToString()));
        Assert.True(lines[1].IsClosed);
    }

    [Fact]
    public void SeveralPeriodsADayAreGroupedAndListedInOrder()
    {
        var lines = Schedule(LunchBreakWeek().Reverse()).Summarize().Select(l => l.ToString());

        Assert.Equal(["Monday - Friday 8AM - 12PM, 1PM - 8PM", "Saturday 9AM - 1PM", "Sunday Closed"], lines);
    }

    [Fact]
    public void DifferentHoursSplitTheGroupsAndMinutesAreShown()
    {
        var week = SeedWeek().Where(p => p.Item1 is not (DayOfWeek.Wednesday or DayOfWeek.Saturday))
            .Append((DayOfWeek.Wednesday, new TimeRange(new TimeOnly(8, 0), new TimeOnly(17, 30))))
            .Append((DayOfWeek.Saturday, Range(9, 12)));

        var lines = Schedule(week).Summarize().Select(l => l.ToString());

        Assert.Equal(
            ["Monday - Tuesday 8AM - 8PM", "Wednesday 8AM - 5:30PM", "Thursday - Friday 8AM - 8PM", "Saturday 9AM - 12PM", "Sunday Closed"],
            lines);
    }

    [Fact]
    public void TouchingOrOverlappingPeriodsAreOnePeriodAndBackwardsOnesAreIgnored()
    {
        var week = new[] { (DayOfWeek.Monday, Range(8, 12)), (DayOfWeek.Monday, Range(12, 14)), (DayOfWeek.Monday, Range(13, 15)), (DayOfWeek.Monday, Range(18, 17)) };

        Assert.Equal("Monday 8AM - 3PM", Schedule(week).Summarize()[0].ToString());
    }

    [Fact]
    public void OpenDuringHoursOnAWeekday()
    {
        // Tuesday 24 November 2026, 10:00 GMT.
        var status = Schedule().StatusAt(Utc(2026, 11, 24, 10));

        Assert.True(status.IsOpen);
        Assert.Equal("Open now until 8PM", status.Message);
        Assert.Null(status.Reason);
    }

    [Fact]
    public void BeforeTheLunchBreakTheAfternoonIsNamed()
    {
        var status = Schedule(LunchBreakWeek()).StatusAt(Utc(2026, 11, 24, 10));

        Assert.True(status.IsOpen);
        Assert.Equal("Open now until 12PM, then 1PM - 8PM", status.Message);
    }

    [Fact]
    public void DuringTheLunchBreakItIsClosedAndOpensTodayAfterIt()
    {
        var status = Schedule(LunchBreakWeek()).StatusAt(Utc(2026, 11, 24, 12, 30));

        Assert.False(status.IsOpen);
        Assert.Equal("Closed now, opens today at 1PM", status.Message);
    }

    [Fact]
    public void AfterTheLunchBreakItIsOpenUntilTheEvening()
    {
        var status = Schedule(LunchBreakWeek()).StatusAt(Utc(2026, 11, 24, 13));

        Assert.True(status.IsOpen);
        Assert.Equal("Open now until 8PM", status.Message);
    }

    [Fact]
    public void ClosedAtClosingTimeAndOpensTomorrow()
    {
        var status = Schedule().StatusAt(Utc(2026, 11, 24, 20));

        Assert.False(status.IsOpen);
        Assert.Equal("Closed now, opens tomorrow at 8AM", status.Message);
    }

    [Fact]
    public void ClosedOnSundayAndOpensMonday()
    {
        // Sunday 29 November 2026 at noon: Monday is tomorrow.
        var status = Schedule().StatusAt(Utc(2026, 11, 29, 12));

        Assert.Equal("Closed now, opens tomorrow at 8AM", status.Message);
    }

    [Fact]
    public void SaturdayEveningOpensMondayNamingTheDay()
    {
        Assert.Equal("Closed now, opens Monday at 8AM", Schedule().StatusAt(Utc(2026, 11, 28, 21)).Message);
    }

    [Fact]
    public void ClosureOverridesTheWeeklyHoursAndBankHolidaysAndGivesItsReason()
    {
        // Christmas Day 2026 is a Friday; the closure covers Saturday; Sunday is closed anyway and
        // Monday 28 December is the Boxing Day substitute bank holiday.
        var schedule = Schedule(closures: [new ClosedDates(new DateOnly(2026, 12, 25), new DateOnly(2026, 12, 26), "Christmas")]);

        var status = schedule.StatusAt(Utc(2026, 12, 25, 10));

        Assert.False(status.IsOpen);
        Assert.Equal("Christmas", status.Reason);
        Assert.Equal("Closed now, opens Tuesday at 8AM", status.Message);
    }

    [Fact]
    public void ABankHolidayClosesTheClinicAndNamesTheHoliday()
    {
        var status = Schedule().StatusAt(Utc(2026, 12, 28, 10));

        Assert.False(status.IsOpen);
        Assert.Equal("Boxing Day, substitute day", status.Reason);
        Assert.Equal("Closed now, opens tomorrow at 8AM", status.Message);
    }

    [Fact]
    public void WithBankHolidaysOpenTheWeeklyHoursApply()
    {
        var status = Schedule(closedOnBankHolidays: false).StatusAt(Utc(2026, 12, 25, 10));

        Assert.True(status.IsOpen);
        Assert.Equal(DayKind.Regular, Schedule(closedOnBankHolidays: false).PlanFor(new DateOnly(2026, 12, 25)).Kind);
    }

    [Fact]
    public void TheRegionDecidesWhichDaysAreBankHolidays()
    {
        var standrews = new DateOnly(2026, 11, 30); // Monday
        var stPatricks = new DateOnly(2026, 3, 17); // Tuesday

        Assert.True(Schedule(region: BankHolidayRegion.EnglandAndWales).PlanFor(standrews).IsOpen);
        Assert.Equal("St Andrew's Day", Schedule(region: BankHolidayRegion.Scotland).PlanFor(standrews).Reason);
        Assert.False(Schedule(region: BankHolidayRegion.Scotland).PlanFor(standrews).IsOpen);
        Assert.True(Schedule(region: BankHolidayRegion.Scotland).PlanFor(stPatricks).IsOpen);
        Assert.False(Schedule(region: BankHolidayRegion.NorthernIreland).PlanFor(stPatricks).IsOpen);
        Assert.Equal(DayKind.BankHoliday, Schedule(region: BankHolidayRegion.NorthernIreland).PlanFor(stPatricks).Kind);
    }

    [Fact]
    public void SpecialHoursOverrideTheWeekClosuresAndBankHolidays()
    {
        var christmasEve = new DateOnly(2026, 12, 24);
        var christmasDay = new DateOnly(2026, 12, 25);
        var schedule = Schedule(
            special:
            [
                new SpecialDate(christmasEve, [Range(10, 14)], "Christmas Eve"),
                new SpecialDate(christmasDay, [Range(9, 11)], "Emergency clinic"),
                new SpecialDate(christmasDay, [Range(15, 16)], "Emergency clinic"),
            ],
            closures: [new ClosedDates(christmasDay, christmasDay, "Christmas")]);

        Assert.Equal([Range(10, 14)], schedule.PlanFor(christmasEve).Periods);
        Assert.Equal([Range(9, 11), Range(15, 16)], schedule.PlanFor(christmasDay).Periods);
        Assert.Equal(DayKind.SpecialHours, schedule.PlanFor(christmasDay).Kind);

        var during = schedule.StatusAt(Utc(2026, 12, 24, 11));
        Assert.Equal("Open now until 2PM", during.Message);
        Assert.Equal("Christmas Eve", during.Reason);

        var after = schedule.StatusAt(Utc(2026, 12, 24, 15));
        Assert.False(after.IsOpen);
        Assert.Equal("Closed now, opens tomorrow at 9AM", after.Message);

        Assert.Equal("Open now until 11AM, then 3PM - 4PM", schedule.StatusAt(Utc(2026, 12, 25, 10)).Message);
    }

    [Fact]
    public void DaylightSavingTimeIsUsedInSummer()
    {
        // Monday 30 March 2026 07:30 UTC is 08:30 BST (clocks went forward the day before): open.
        // Monday 23 March 07:30 UTC is 07:30 GMT: not yet.
        Assert.True(Schedule().StatusAt(Utc(2026, 3, 30, 7, 30)).IsOpen);
        Assert.Equal("Closed now, opens today at 8AM", Schedule().StatusAt(Utc(2026, 3, 23, 7, 30)).Message);
    }

    [Fact]
    public void ClosingTimeFollowsTheClocksGoingBack()
    {
        // Saturday 24 October 2026 19:30 UTC is 20:30 BST (closed); Saturday 31 October 19:30 UTC is 19:30 GMT (open).
        Assert.False(Schedule().StatusAt(Utc(2026, 10, 24, 19, 30)).IsOpen);
        Assert.True(Schedule().StatusAt(Utc(2026, 10, 31, 19, 30)).IsOpen);
    }

    [Fact]
    public void TheNextChangeIsTheNextOpeningOrClosingTimeOrMidnightInClinicTime()
    {
        var schedule = Schedule(LunchBreakWeek());

        // Tuesday 24 November 2026 (GMT): 10:00 -> closes for lunch at 12:00; 12:30 -> reopens 13:00; 21:00 -> midnight.
        Assert.Equal(Utc(2026, 11, 24, 12), schedule.NextChangeAfter(Utc(2026, 11, 24, 10)));
        Assert.Equal(Utc(2026, 11, 24, 13), schedule.NextChangeAfter(Utc(2026, 11, 24, 12, 30)));
        Assert.Equal(Utc(2026, 11, 25, 0), schedule.NextChangeAfter(Utc(2026, 11, 24, 21)));
    }

    [Fact]
    public void TheNextChangeCrossesTheClockChange()
    {
        var schedule = Schedule();

        // Sunday 29 March 2026, clocks go forward at 01:00 UTC: Monday's midnight is 23:00 UTC and it opens at 07:00 UTC.
        Assert.Equal(Utc(2026, 3, 29, 23), schedule.NextChangeAfter(Utc(2026, 3, 29, 12)));
        Assert.Equal(Utc(2026, 3, 30, 7), schedule.NextChangeAfter(Utc(2026, 3, 30, 6)));
        // Sunday 25 October 2026, clocks go back: Monday opens at 08:00 GMT.
        Assert.Equal(Utc(2026, 10, 26, 0), schedule.NextChangeAfter(Utc(2026, 10, 25, 12)));
        Assert.Equal(Utc(2026, 10, 26, 8), schedule.NextChangeAfter(Utc(2026, 10, 26, 0)));
    }

    [Fact]
    public void ATimeSkippedByTheClocksCountsFromWhenTheyResume()
    {
        // 01:30 on 29 March 2026 does not exist in London; 02:00 BST (01:00 UTC) is the first moment after it.
        Assert.Equal(Utc(2026, 3, 29, 1), Schedule().ToInstant(new DateOnly(2026, 3, 29), new TimeOnly(1, 30)));
        // 01:30 on 25 October 2026 happens twice; the first (BST, 00:30 UTC) counts.
        Assert.Equal(Utc(2026, 10, 25, 0, 30), Schedule().ToInstant(new DateOnly(2026, 10, 25), new TimeOnly(1, 30)));
    }

    [Fact]
    public void BankHolidaysAndClosuresAreAnnouncedFromTheNoticePeriodOn()
    {
        var schedule = Schedule();

        // Christmas Day 2026 is a Friday: announced from Friday 18 December with seven days' notice.
        Assert.Empty(schedule.UpcomingNotices(Utc(2026, 12, 17, 12), 7));
        Assert.Equal(["Closed Friday 25 December (Christmas Day)"], schedule.UpcomingNotices(Utc(2026, 12, 18, 12), 7).Select(n => n.Notice));
        Assert.Equal(
            ["Closed Friday 25 December (Christmas Day)", "Closed Monday 28 December (Boxing Day, substitute day)"],
            schedule.UpcomingNotices(Utc(2026, 12, 18, 12), 10).Select(n => n.Notice));
    }

    [Fact]
    public void SpecialHoursAndClosureRangesAreAnnouncedWithTheStaffsReason()
    {
        var schedule = Schedule(
            special: [new SpecialDate(new DateOnly(2026, 12, 24), [Range(10, 14)], "Christmas Eve")],
            closures: [new ClosedDates(new DateOnly(2026, 12, 25), new DateOnly(2026, 12, 29), "Christmas break")]);

        var notices = schedule.UpcomingNotices(Utc(2026, 12, 20, 12), 14).Select(n => n.Notice);

        Assert.Equal(
            [
                "Open 10AM - 2PM on Thursday 24 December (Christmas Eve)",
                "Closed Friday 25 December to Tuesday 29 December (Christmas break)",
                "Closed Friday 1 January (New Year's Day)",
            ],
            notices);
    }

    [Fact]
    public void AClosureOnADayTheClinicIsClosedAnywayIsNotAnnounced()
    {
        var sunday = new DateOnly(2026, 11, 29);
        var schedule = Schedule(closures: [new ClosedDates(sunday, sunday, "Deep clean")]);

        Assert.Empty(schedule.UpcomingNotices(Utc(2026, 11, 25, 12), 7));
        Assert.Empty(Schedule(closedOnBankHolidays: false).UpcomingNotices(Utc(2026, 12, 20, 12), 14));
    }

    [Fact]
    public void NoticesFollowTheClinicsDateNotUtc()
    {
        // 23:30 UTC on Thursday 17 December 2026 is still the 17th in winter London; in summer the day turns an hour earlier.
        Assert.Empty(Schedule().UpcomingNotices(Utc(2026, 12, 17, 23, 30), 7));
        var summerSchedule = Schedule(closures: [new ClosedDates(new DateOnly(2026, 7, 8), new DateOnly(2026, 7, 8), "Training")]);
        Assert.Single(summerSchedule.UpcomingNotices(Utc(2026, 6, 30, 23, 30), 7)); // 00:30 BST on 1 July
        Assert.Empty(summerSchedule.UpcomingNotices(Utc(2026, 6, 30, 22, 30), 7)); // 23:30 BST on 30 June
    }

    [Theory]
    [InlineData(8, 0, "8AM")]
    [InlineData(12, 0, "12PM")]
    [InlineData(0, 0, "12AM")]
    [InlineData(17, 30, "5:30PM")]
    [InlineData(9, 5, "9:05AM")]
    public void TimesAreWrittenTheClinicsWay(int hour, int minute, string expected) =>
        Assert.Equal(expected, OpeningSchedule.FormatTime(new TimeOnly(hour, minute)));
}
