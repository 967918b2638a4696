using System.Globalization;
using PurePhysio.Web.Domain;

namespace PurePhysio.Web.Features.OpeningHours;

/// <summary>A period of one day in clinic time, e.g. 08:00-12:00.</summary>
public readonly record struct TimeRange(TimeOnly Opens, TimeOnly Closes)
{
    public override string ToString() => $"{OpeningSchedule.FormatTime(Opens)} - {OpeningSchedule.FormatTime(Closes)}";
}

/// <summary>Why a date's hours are what they are; the order is the precedence, weakest first.</summary>
public enum DayKind
{
    Regular,
    BankHoliday,
    Closure,
    SpecialHours,
}

/// <summary>The hours of one date after special hours, closures and bank holidays are applied.</summary>
public sealed record DayPlan(DateOnly Date, IReadOnlyList<TimeRange> Periods, DayKind Kind, string? Reason)
{
    public bool IsOpen => Periods.Count > 0;
}

/// <summary>Opening hours staff set for one date.</summary>
public sealed record SpecialDate(DateOnly Date, IReadOnlyList<TimeRange> Periods, string Reason);

/// <summary>Days staff closed the clinic, first and last inclusive.</summary>
public sealed record ClosedDates(DateOnly Start, DateOnly End, string Reason);

/// <summary>One line of the weekly summary, e.g. "Monday - Friday" / "8AM - 12PM, 1PM - 8PM".</summary>
public sealed record OpeningHoursLine(string Days, string Hours, bool IsClosed, IReadOnlyList<DayOfWeek> DayList, IReadOnlyList<TimeRange> Periods)
{
    public override string ToString() => $"{Days} {Hours}";
}

/// <summary>Whether the clinic is open at a moment, and what changes next. <see cref="Reason"/>: why today is unusual.</summary>
public sealed record OpeningStatus(bool IsOpen, string Message, string? Reason);

/// <summary>A run of consecutive dates whose hours differ from the week's, e.g. a closure or Christmas Eve's short day.</summary>
public sealed record HoursException(DateOnly Start, DateOnly End, DayKind Kind, IReadOnlyList<TimeRange> Periods, string Reason)
{
    public bool IsClosed => Periods.Count == 0;

    /// <summary>"Closed Monday 25 December (Christmas Day)", "Open 10AM - 2PM on Thursday 24 December (Christmas Eve)".</summary>
    public string Notice => IsClosed
        ? $"Closed {Dates} ({Reason})"
        : $"Open {string.Join(", ", Periods)} on {Dates} ({Reason})";

    private string Dates => Start == End
        ? OpeningSchedule.FormatDate(Start)
        : $"{OpeningSchedule.FormatDate(Start)} to {OpeningSchedule.FormatDate(End)}";
}

/// <summary>
/// The clinic's hours as a pure calculation: weekly periods, special dates, closures and bank holidays,
/// judged in the clinic's local time (so daylight saving changes move the UTC instants, not the hours).
/// Precedence on a date: special hours, then a closure, then a bank holiday (when the clinic closes on
/// them), then the weekly periods.
/// </summary>
public sealed class OpeningSchedule
{
    public const string ClosedText = "Closed";

    /// <summary>How far ahead "opens ..." looks for the next opening (a long closure still finds it).</summary>
    public const int LookAheadDays = 366;

    /// <summary>The week in the order a UK patient reads it, Monday first.</summary>
    public static readonly IReadOnlyList<DayOfWeek> WeekOrder =
    [
        DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday,
        DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday,
    ];

    private readonly Dictionary<DayOfWeek, IReadOnlyList<TimeRange>> _weekly;
    private readonly Dictionary<DateOnly, SpecialDate> _special;
    private readonly IReadOnlyList<ClosedDates> _closures;

    public OpeningSchedule(TimeZoneInfo zone, IEnumerable<(DayOfWeek Day, TimeRange Period)> weekly,
        IEnumerable<SpecialDate>? special = null, IEnumerable<ClosedDates>? closures = null,
        BankHolidayRegion region = BankHolidayRegion.EnglandAndWales, bool closedOnBankHolidays = true)
    {
        Zone = zone;
        Region = region;
        ClosedOnBankHolidays = closedOnBankHolidays;
        _weekly = weekly.GroupBy(p => p.Day).ToDictionary(g => g.Key, g => (IReadOnlyList<TimeRange>)Normalize(g.Select(p => p.Period)));
        _special = (special ?? []).GroupBy(s => s.Date).ToDictionary(g => g.Key,
            g => new SpecialDate(g.Key, Normalize(g.SelectMany(s => s.Periods)), string.Join("; ", g.Select(s => s.Reason).Distinct())));
        _closures = (closures ?? []).Where(c => c.End >= c.Start).OrderBy(c => c.Start).ToList();
    }

    public TimeZoneInfo Zone { get; }
    public BankHolidayRegion Region { get; }
    public bool ClosedOnBankHolidays { get; }

    public IReadOnlyList<TimeRange> WeeklyPeriods(DayOfWeek day) => _weekly.GetValueOrDefault(day) ?? [];

    /// <summary>The clinic's local date at an instant.</summary>
    public DateOnly LocalDate(DateTimeOffset instant) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, Zone).DateTime);

    public DayPlan PlanFor(DateOnly date)
    {
        if (_special.TryGetValue(date, out var special))
        {
            return new DayPlan(date, special.Periods, DayKind.SpecialHours, special.Reason);
        }

        if (_closures.FirstOrDefault(c => c.Start <= date && date <= c.End) is { } closure)
        {
            return new DayPlan(date, [], DayKind.Closure, closure.Reason);
        }

        if (ClosedOnBankHolidays && UkBankHolidays.On(Region, date) is { } holiday)
        {
            return new DayPlan(date, [], DayKind.BankHoliday, holiday.Name);
        }

        return new DayPlan(date, WeeklyPeriods(date.DayOfWeek), DayKind.Regular, null);
    }

    /// <summary>Groups consecutive days with the same periods: "Monday - Saturday 8AM - 8PM", "Sunday Closed".</summary>
    public IReadOnlyList<OpeningHoursLine> Summarize()
    {
        var lines = new List<OpeningHoursLine>();
        var i = 0;
        while (i < WeekOrder.Count)
        {
            var periods = WeeklyPeriods(WeekOrder[i]);
            var j = i;
            while (j + 1 < WeekOrder.Count && WeeklyPeriods(WeekOrder[j + 1]).SequenceEqual(periods))
            {
                j++;
            }

            var days = i == j ? DayName(WeekOrder[i]) : $"{DayName(WeekOrder[i])} - {DayName(WeekOrder[j])}";
            lines.Add(new OpeningHoursLine(days, FormatPeriods(periods), periods.Count == 0,
                WeekOrder.Skip(i).Take(j - i + 1).ToList(), periods));
            i = j + 1;
        }

        return lines;
    }

    /// <summary>Open or closed at <paramref name="now"/>, and when that changes: gaps, closures and bank holidays included.</summary>
    public OpeningStatus StatusAt(DateTimeOffset now)
    {
        var local = TimeZoneInfo.ConvertTime(now, Zone).DateTime;
        var today = DateOnly.FromDateTime(local);
        var time = TimeOnly.FromDateTime(local);
        var plan = PlanFor(today);

        var current = plan.Periods.Where(p => p.Opens <= time && time < p.Closes).ToList();
        if (current.Count > 0)
        {
            var closes = current[0].Closes;
            var later = plan.Periods.Where(p => p.Opens > time).ToList();
            var message = later.Count == 0
                ? $"Open now until {FormatTime(closes)}"
                : $"Open now until {FormatTime(closes)}, then {later[0]}";
            return new OpeningStatus(true, message, plan.Kind == DayKind.SpecialHours ? plan.Reason : null);
        }

        var next = NextOpening(today, time);
        var closed = next is not { } n
            ? "Closed now"
            : $"Closed now, opens {RelativeDay(n.Date, today)} at {FormatTime(n.Opens)}";
        return new OpeningStatus(false, closed, plan.Kind == DayKind.Regular ? null : plan.Reason);
    }

    /// <summary>
    /// The next instant after <paramref name="now"/> when what the site shows may change: an opening or
    /// closing time today, or the clinic's next local midnight (dates, notices and "tomorrow" move on).
    /// </summary>
    public DateTimeOffset NextChangeAfter(DateTimeOffset now)
    {
        var today = LocalDate(now);
        var candidates = PlanFor(today).Periods
            .SelectMany(p => new[] { p.Opens, p.Closes })
            .Select(t => ToInstant(today, t))
            .Append(ToInstant(today.AddDays(1), TimeOnly.MinValue));
        return candidates.Where(c => c > now).Min();
    }

    /// <summary>Runs of dates from <paramref name="from"/> to <paramref name="through"/> whose hours differ from the regular week.</summary>
    public IReadOnlyList<HoursException> Exceptions(DateOnly from, DateOnly through)
    {
        var result = new List<HoursException>();
        HoursException? run = null;
        var runChangesSomething = false;
        for (var date = from; date <= through; date = date.AddDays(1))
        {
            var plan = PlanFor(date);
            var regular = WeeklyPeriods(date.DayOfWeek);
            if (plan.Kind == DayKind.Regular || (plan.Kind == DayKind.SpecialHours && plan.Periods.SequenceEqual(regular)))
            {
                Flush();
                continue;
            }

            if (run is not null && run.End.AddDays(1) == date && run.Kind == plan.Kind && run.Reason == plan.Reason && run.Periods.SequenceEqual(plan.Periods))
            {
                run = run with { End = date };
            }
            else
            {
                Flush();
                run = new HoursException(date, date, plan.Kind, plan.Periods, plan.Reason ?? "");
            }

            // A closure over a day the clinic is closed anyway changes nothing for patients.
            runChangesSomething |= plan.Kind == DayKind.SpecialHours || regular.Count > 0;
        }

        Flush();
        return result;

        void Flush()
        {
            if (run is not null && runChangesSomething)
            {
                result.Add(run);
            }

            run = null;
            runChangesSomething = false;
        }
    }

    /// <summary>What the header announces: exceptions from today to <paramref name="days"/> days ahead.</summary>
    public IReadOnlyList<HoursException> UpcomingNotices(DateTimeOffset now, int days)
    {
        var today = LocalDate(now);
        return days < 0 ? [] : Exceptions(today, today.AddDays(days));
    }

    /// <summary>A local date and time as an instant; a time skipped by a clock change counts from when the clocks resume.</summary>
    public DateTimeOffset ToInstant(DateOnly date, TimeOnly time)
    {
        var local = date.ToDateTime(time, DateTimeKind.Unspecified);
        while (Zone.IsInvalidTime(local))
        {
            local = local.AddMinutes(1);
        }

        // An hour that happens twice (clocks go back) opens the first time round.
        var offset = Zone.IsAmbiguousTime(local) ? Zone.GetAmbiguousTimeOffsets(local).Max() : Zone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset);
    }

    public static string FormatPeriods(IReadOnlyList<TimeRange> periods) =>
        periods.Count == 0 ? ClosedText : string.Join(", ", periods);

    /// <summary>8AM, 8:30PM, 12PM: the way the clinic writes times.</summary>
    public static string FormatTime(TimeOnly time)
    {
        var hour = time.Hour % 12 == 0 ? 12 : time.Hour % 12;
        var suffix = time.Hour < 12 ? "AM" : "PM";
        return time.Minute == 0
            ? $"{hour}{suffix}"
            : string.Create(CultureInfo.InvariantCulture, $"{hour}:{time.Minute:00}{suffix}");
    }

    /// <summary>"Monday 25 December".</summary>
    public static string FormatDate(DateOnly date) => date.ToString("dddd d MMMM", CultureInfo.InvariantCulture);

    public static string DayName(DayOfWeek day) => CultureInfo.InvariantCulture.DateTimeFormat.GetDayName(day);

    private (DateOnly Date, TimeOnly Opens)? NextOpening(DateOnly today, TimeOnly time)
    {
        for (var offset = 0; offset <= LookAheadDays; offset++)
        {
            var date = today.AddDays(offset);
            foreach (var period in PlanFor(date).Periods)
            {
                if (offset > 0 || period.Opens > time)
                {
                    return (date, period.Opens);
                }
            }
        }

        return null;
    }

    private static string RelativeDay(DateOnly date, DateOnly today) =>
        date == today ? "today"
        : date == today.AddDays(1) ? "tomorrow"
        : date <= today.AddDays(6) ? DayName(date.DayOfWeek)
        : FormatDate(date);

    /// <summary>Sorted, valid (opens before closes) and with touching or overlapping periods joined.</summary>
    private static List<TimeRange> Normalize(IEnumerable<TimeRange> periods)
    {
        var merged = new List<TimeRange>();
        foreach (var p in periods.Where(p => p.Opens < p.Closes).OrderBy(p => p.Opens))
        {
            if (merged.Count > 0 && p.Opens <= merged[^1].Closes)
            {
                merged[^1] = merged[^1] with { Closes = p.Closes > merged[^1].Closes ? p.Closes : merged[^1].Closes };
            }
            else
            {
                merged.Add(p);
            }
        }

        return merged;
    }
}
