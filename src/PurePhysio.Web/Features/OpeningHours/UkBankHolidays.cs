using System.Collections.Concurrent;
using PublicHoliday;
using PurePhysio.Web.Domain;

namespace PurePhysio.Web.Features.OpeningHours;

/// <summary>A bank holiday as gov.uk names it, on the day it is observed (substitute days included).</summary>
internal sealed record BankHoliday(DateOnly Date, string Name);

/// <summary>
/// UK bank holidays per region, computed by the PublicHoliday package (rules, substitute days and
/// announced one-off holidays) and named the way gov.uk names them. See docs/adr/0013-bank-holidays-and-special-hours.md.
/// </summary>
internal static class UkBankHolidays
{
    private static readonly ConcurrentDictionary<(BankHolidayRegion, int), IReadOnlyList<BankHoliday>> Cache = new();

    /// <summary>The nominal date of holidays that move to the next free weekday when they fall on a weekend.</summary>
    private static readonly Dictionary<string, (int Month, int Day)> FixedDates = new(StringComparer.Ordinal)
    {
        ["New Year's Day"] = (1, 1),
        ["2nd January"] = (1, 2),
        ["St Patrick's Day"] = (3, 17),
        ["Battle of the Boyne (Orangemen's Day)"] = (7, 12),
        ["St Andrew's Day"] = (11, 30),
        ["Christmas Day"] = (12, 25),
        ["Boxing Day"] = (12, 26),
    };

    public static IReadOnlyList<BankHoliday> ForYear(BankHolidayRegion region, int year) =>
        Cache.GetOrAdd((region, year), key => Compute(key.Item1, key.Item2));

    /// <summary>The bank holiday on a date in a region, if there is one.</summary>
    public static BankHoliday? On(BankHolidayRegion region, DateOnly date) =>
        ForYear(region, date.Year).FirstOrDefault(h => h.Date == date);

    private static List<BankHoliday> Compute(BankHolidayRegion region, int year)
    {
        var calendar = new UKBankHoliday(region switch
        {
            BankHolidayRegion.Scotland => UKBankHoliday.UkCountries.Scotland,
            BankHolidayRegion.NorthernIreland => UKBankHoliday.UkCountries.NorthernIreland,
            _ => UKBankHoliday.UkCountries.England,
        });

        return calendar.PublicHolidayNames(year)
            .Select(pair => Named(DateOnly.FromDateTime(pair.Key), GovUkName(pair.Value)))
            .OrderBy(h => h.Date)
            .ToList();
    }

    private static BankHoliday Named(DateOnly date, string name) =>
        FixedDates.TryGetValue(name, out var nominal) && (date.Month, date.Day) != nominal
            ? new BankHoliday(date, name + ", substitute day")
            : new BankHoliday(date, name);

    // The package's short names, as gov.uk/bank-holidays titles them.
    private static string GovUkName(string packageName) => packageName switch
    {
        "New Year" => "New Year's Day",
        "New Year Holiday" => "2nd January",
        "Early May" => "Early May bank holiday",
        "Spring" => "Spring bank holiday",
        "Summer" or "Summer Holiday" => "Summer bank holiday",
        "Christmas" => "Christmas Day",
        "Battle of the Boyne" => "Battle of the Boyne (Orangemen's Day)",
        "World Cup" => "Extra bank holiday (FIFA World Cup)",
        _ => packageName,
    };
}
