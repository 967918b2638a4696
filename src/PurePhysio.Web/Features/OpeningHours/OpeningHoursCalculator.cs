using System.Globalization;
using PurePhysio.Web.Domain;

namespace PurePhysio.Web.Features.OpeningHours;

/// <summary>One line of the summary, e.g. "Monday - Saturday" / "8AM - 8PM".</summary>
public sealed record OpeningHoursLine(string Days, string Hours, bool IsClosed)
{
    public override string ToString() => $"{Days} {Hours}";
}

/// <summary>Whether the clinic is open at a moment, and what changes next.</summary>
public sealed record OpeningStatus(bool IsOpen, string Message, string? ClosureReason);

/// <summary>Pure calculations over the weekly hours and closures, in the clinic's time zone.</summary>
public static class OpeningHoursCalculator
{
    /// <summary>The week in the order a UK patient reads it, Monday first.</summary>
    public static readonly IReadOnlyList<DayOfWeek> WeekOrder =
    [
        DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday,
        DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday,
    ];

    /// <summary>Groups consecutive days that share the same hours: "Monday - Saturday 8AM - 8PM", "Sunday Closed".</summary>
    public static IReadOnlyList<OpeningHoursLine> Summarize(IEnumerable<Domain.OpeningHours> week)
    {
        var byDay = week.ToDictionary(h => h.Day);
        var lines = new List<OpeningHoursLine>();
        var i = 0;
        while (i < WeekOrder.Count)
        {
            var first = WeekOrder[i];
            var hours = FormatHours(byDay.GetValueOrDefault(first));
            var j = i;
            while (j + 1 < WeekOrder.Count && FormatHours(byDay.GetValueOrDefault(WeekOrder[j + 1])) == hours)
            {
                j++;
            }

            var days = i == j ? DayName(first) : $"{DayName(first)} - {DayName(WeekOrder[j])}";
            lines.Add(new OpeningHoursLine(days, hours, hours == ClosedText));
            i = j + 1;
        }

        return lines;
    }

    public const string ClosedText = "Closed";

    public static string FormatHours(Domain.OpeningHours? day) =>
        day is null || day.IsClosed || day.Opens is null || day.Closes is null
            ? ClosedText
            : $"{FormatTime(day.Opens.Value)} - {FormatTime(day.Closes.Value)}";

    /// <summary>8AM, 8:30PM, 12PM: the way the clinic writes times.</summary>
    public static string FormatTime(TimeOnly time)
    {
        var hour = time.Hour % 12 == 0 ? 12 : time.Hour % 12;
        var suffix = time.Hour < 12 ? "AM" : "PM";
        return time.Minute == 0
            ? $"{hour}{suffix}"
            : string.Create(CultureInfo.InvariantCulture, $"{hour}:{time.Minute:00}{suffix}");
    }

    public static string DayName(DayOfWeek day) => CultureInfo.InvariantCulture.DateTimeFormat.GetDayName(day);

    /// <summary>Open or closed at <paramref name="now"/>, judged by the clinic's local date and time.</summary>
    public static OpeningStatus StatusAt(DateTimeOffset now, TimeZoneInfo timeZone,
        IEnumerable<Domain.OpeningHours> week, IEnumerable<Closure> closures)
    {
        var byDay = week.ToDictionary(h => h.Day);
        var closureList = closures.ToList();
        var local = TimeZoneInfo.ConvertTime(now, timeZone);
        var today = DateOnly.FromDateTime(local.DateTime);
        var time = TimeOnly.FromDateTime(local.DateTime);

        var todaysClosure = ClosureOn(today, closureList);
        var todaysHours = byDay.GetValueOrDefault(today.DayOfWeek);
        if (todaysClosure is null && IsOpenDay(todaysHours) && time >= todaysHours!.Opens!.Value && time < todaysHours.Closes!.Value)
        {
            return new OpeningStatus(true, $"Open now until {FormatTime(todaysHours.Closes.Value)}", null);
        }

        var next = NextOpening(today, time, byDay, closureList);
        var message = next is null
            ? "Closed now"
            : $"Closed now, opens {(next.Value.Date == today ? "today" : next.Value.Date == today.AddDays(1) ? "tomorrow" : DayName(next.Value.Date.DayOfWeek))} at {FormatTime(next.Value.Opens)}";
        return new OpeningStatus(false, message, todaysClosure?.Reason);
    }

    private static (DateOnly Date, TimeOnly Opens)? NextOpening(DateOnly today, TimeOnly time,
        Dictionary<DayOfWeek, Domain.OpeningHours> byDay, List<Closure> closures)
    {
        // Look a few weeks ahead so that a long closure (e.g. over Christmas) still finds the reopening day.
        for (var offset = 0; offset <= 28; offset++)
        {
            var date = today.AddDays(offset);
            var hours = byDay.GetValueOrDefault(date.DayOfWeek);
            if (!IsOpenDay(hours) || ClosureOn(date, closures) is not null)
            {
                continue;
            }

            if (offset > 0 || time < hours!.Opens!.Value)
            {
                return (date, hours!.Opens!.Value);
            }
        }

        return null;
    }

    private static bool IsOpenDay(Domain.OpeningHours? hours) =>
        hours is { IsClosed: false, Opens: not null, Closes: not null } && hours.Opens < hours.Closes;

    private static Closure? ClosureOn(DateOnly date, List<Closure> closures) =>
        closures.FirstOrDefault(c => c.StartDate <= date && date <= c.EndDate);
}
