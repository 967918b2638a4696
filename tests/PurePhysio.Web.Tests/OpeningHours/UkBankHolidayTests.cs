using System.Globalization;
using PurePhysio.Web.Domain;
using PurePhysio.Web.Features.OpeningHours;

namespace PurePhysio.Web.Tests.OpeningHours;

/// <summary>
/// The computed bank holidays against the published lists. Where each expected date comes from:
/// <list type="bullet">
/// <item>The rules: Banking and Financial Dealings Act 1971, Schedule 1 (per region: New Year's Day, 2 January in
/// Scotland, Good Friday, Easter Monday outside Scotland, first and last Monday of May, last Monday of August or the
/// first in Scotland, Christmas and Boxing Day); St Patrick's Day (17 March) and Battle of the Boyne (12 July) in
/// Northern Ireland; St Andrew's Day Bank Holiday (Scotland) Act 2007 (30 November). A holiday on a weekend moves to
/// the next weekday that is not already a holiday ("substitute day", as gov.uk lists it).</item>
/// <item>2024-2027: the lists published on https://www.gov.uk/bank-holidays (and its bank-holidays.json), from which
/// these rows were written.</item>
/// <item>Scotland, 15 June 2026: a one-off bank holiday for the men's FIFA World Cup, appointed by royal proclamation
/// on 4 February 2026 under section 1(3) of the 1971 Act (reported by the Shropshire Star on 4 February and The
/// Independent on 5 February 2026).</item>
/// <item>2028-2030: not published yet; written out by the rules above, to be checked when gov.uk publishes them.</item>
/// <item>Cross-check (2 December 2026): every row (21 region-years) was re-derived independently of the app and of the
/// PublicHoliday package, with Easter Sunday by the anonymous Gregorian algorithm (Meeus/Jones/Butcher: 2024-03-31,
/// 2025-04-20, 2026-04-05, 2027-03-28, 2028-04-16, 2029-04-01, 2030-04-21), the Mondays counted from the calendar and
/// the substitute-day rule above; all 21 agreed with the rows below. gov.uk itself could not be fetched from the
/// build machine, so 2024-2027 rest on the rows as first written from it.</item>
/// </list>
/// </summary>
public sealed class UkBankHolidayTests
{
    private static readonly Dictionary<(BankHolidayRegion, int), string[]> Published = new()
    {
        // England and Wales: 8 a year. 2026: Boxing Day (Sat) on Mon 28 Dec; 2027: Christmas (Sat) and Boxing Day (Sun) on
        // Mon 27 and Tue 28 Dec; 2028: New Year's Day (Sat) on Mon 3 Jan.
        [(BankHolidayRegion.EnglandAndWales, 2024)] = ["01-01", "03-29", "04-01", "05-06", "05-27", "08-26", "12-25", "12-26"],
        [(BankHolidayRegion.EnglandAndWales, 2025)] = ["01-01", "04-18", "04-21", "05-05", "05-26", "08-25", "12-25", "12-26"],
        [(BankHolidayRegion.EnglandAndWales, 2026)] = ["01-01", "04-03", "04-06", "05-04", "05-25", "08-31", "12-25", "12-28"],
        [(BankHolidayRegion.EnglandAndWales, 2027)] = ["01-01", "03-26", "03-29", "05-03", "05-31", "08-30", "12-27", "12-28"],
        [(BankHolidayRegion.EnglandAndWales, 2028)] = ["01-03", "04-14", "04-17", "05-01", "05-29", "08-28", "12-25", "12-26"],
        [(BankHolidayRegion.EnglandAndWales, 2029)] = ["01-01", "03-30", "04-02", "05-07", "05-28", "08-27", "12-25", "12-26"],
        [(BankHolidayRegion.EnglandAndWales, 2030)] = ["01-01", "04-19", "04-22", "05-06", "05-27", "08-26", "12-25", "12-26"],

        // Scotland: 9 a year (no Easter Monday; summer holiday on the FIRST Monday of August; 2 January; St Andrew's Day).
        // St Andrew's Day on a weekend moves to Monday: 2 Dec 2024 (Sat), 1 Dec 2025 (Sun), 2 Dec 2030 (Sat).
        // 2 January after a New Year's Day substitute: 2027 (Sat 2 Jan -> Mon 4 Jan), 2028 (Sat 1 Jan -> Mon 3, Sun 2 Jan -> Tue 4).
        [(BankHolidayRegion.Scotland, 2024)] = ["01-01", "01-02", "03-29", "05-06", "05-27", "08-05", "12-02", "12-25", "12-26"],
        [(BankHolidayRegion.Scotland, 2025)] = ["01-01", "01-02", "04-18", "05-05", "05-26", "08-04", "12-01", "12-25", "12-26"],
        // 15 June 2026: the one-off holiday the Scottish Government announced for the FIFA World Cup.
        [(BankHolidayRegion.Scotland, 2026)] = ["01-01", "01-02", "04-03", "05-04", "05-25", "06-15", "08-03", "11-30", "12-25", "12-28"],
        [(BankHolidayRegion.Scotland, 2027)] = ["01-01", "01-04", "03-26", "05-03", "05-31", "08-02", "11-30", "12-27", "12-28"],
        [(BankHolidayRegion.Scotland, 2028)] = ["01-03", "01-04", "04-14", "05-01", "05-29", "08-07", "11-30", "12-25", "12-26"],
        [(BankHolidayRegion.Scotland, 2029)] = ["01-01", "01-02", "03-30", "05-07", "05-28", "08-06", "11-30", "12-25", "12-26"],
        [(BankHolidayRegion.Scotland, 2030)] = ["01-01", "01-02", "04-19", "05-06", "05-27", "08-05", "12-02", "12-25", "12-26"],

        // Northern Ireland: 10 a year. St Patrick's Day on a weekend: Mon 18 Mar 2024 (Sun), Mon 19 Mar 2029 (Sat),
        // Mon 18 Mar 2030 (Sun). 12 July on a weekend: Mon 14 Jul 2025 (Sat), Mon 13 Jul 2026 (Sun).
        [(BankHolidayRegion.NorthernIreland, 2024)] = ["01-01", "03-18", "03-29", "04-01", "05-06", "05-27", "07-12", "08-26", "12-25", "12-26"],
        [(BankHolidayRegion.NorthernIreland, 2025)] = ["01-01", "03-17", "04-18", "04-21", "05-05", "05-26", "07-14", "08-25", "12-25", "12-26"],
        [(BankHolidayRegion.NorthernIreland, 2026)] = ["01-01", "03-17", "04-03", "04-06", "05-04", "05-25", "07-13", "08-31", "12-25", "12-28"],
        [(BankHolidayRegion.NorthernIreland, 2027)] = ["01-01", "03-17", "03-26", "03-29", "05-03", "05-31", "07-12", "08-30", "12-27", "12-28"],
        [(BankHolidayRegion.NorthernIreland, 2028)] = ["01-03", "03-17", "04-14", "04-17", "05-01", "05-29", "07-12", "08-28", "12-25", "12-26"],
        [(BankHolidayRegion.NorthernIreland, 2029)] = ["01-01", "03-19", "03-30", "04-02", "05-07", "05-28", "07-12", "08-27", "12-25", "12-26"],
        [(BankHolidayRegion.NorthernIreland, 2030)] = ["01-01", "03-18", "04-19", "04-22", "05-06", "05-27", "07-12", "08-26", "12-25", "12-26"],
    };

    public static TheoryData<BankHolidayRegion, int> RegionYears()
    {
        var data = new TheoryData<BankHolidayRegion, int>();
        foreach (var (region, year) in Published.Keys)
        {
            data.Add(region, year);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(RegionYears))]
    public void BankHolidaysMatchThePublishedDates(BankHolidayRegion region, int year)
    {
        var expected = Published[(region, year)].Select(d => DateOnly.ParseExact($"{year}-{d}", "yyyy-MM-dd", CultureInfo.InvariantCulture));

        Assert.Equal(expected, UkBankHolidays.ForYear(region, year).Select(h => h.Date));
    }

    [Fact]
    public void EveryRegionAndYearFrom2024To2030IsChecked() =>
        Assert.Equal(21, Published.Count);

    [Theory]
    [InlineData(BankHolidayRegion.EnglandAndWales, "2026-12-28", "Boxing Day, substitute day")]
    [InlineData(BankHolidayRegion.EnglandAndWales, "2027-12-27", "Christmas Day, substitute day")]
    [InlineData(BankHolidayRegion.EnglandAndWales, "2027-12-28", "Boxing Day, substitute day")]
    [InlineData(BankHolidayRegion.EnglandAndWales, "2028-01-03", "New Year's Day, substitute day")]
    [InlineData(BankHolidayRegion.Scotland, "2027-01-04", "2nd January, substitute day")]
    [InlineData(BankHolidayRegion.Scotland, "2028-01-04", "2nd January, substitute day")]
    [InlineData(BankHolidayRegion.Scotland, "2024-12-02", "St Andrew's Day, substitute day")]
    [InlineData(BankHolidayRegion.NorthernIreland, "2025-07-14", "Battle of the Boyne (Orangemen's Day), substitute day")]
    [InlineData(BankHolidayRegion.NorthernIreland, "2029-03-19", "St Patrick's Day, substitute day")]
    [InlineData(BankHolidayRegion.EnglandAndWales, "2026-12-25", "Christmas Day")]
    [InlineData(BankHolidayRegion.EnglandAndWales, "2026-05-04", "Early May bank holiday")]
    [InlineData(BankHolidayRegion.Scotland, "2026-08-03", "Summer bank holiday")]
    public void SubstituteDaysAreNamedAsSuch(BankHolidayRegion region, string date, string name) =>
        Assert.Equal(name, UkBankHolidays.On(region, DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture))?.Name);

    [Fact]
    public void AWeekendIsNeverABankHoliday()
    {
        foreach (var (region, year) in Published.Keys)
        {
            Assert.DoesNotContain(UkBankHolidays.ForYear(region, year), h => h.Date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday);
        }
    }
}
