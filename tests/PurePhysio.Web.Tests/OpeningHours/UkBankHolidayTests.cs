using System.Globalization;
using PurePhysio.Web.Domain;
using PurePhysio.Web.Features.OpeningHours;

namespace PurePhysio.Web.Tests.OpeningHours;

/// <summary>
/// The computed bank holidays against the published lists. 2024-2027: as published on
/// https://www.gov.uk/bank-holidays (and its bank-holidays.json). Later years are not published yet; they are
/// written out here by the same statutory rules and substitute-day practice (a holiday on a weekend moves
/// to the next weekday that is not already a holiday), to be checked when gov.uk publishes them.
/// </summary>
public sealed class UkBankHolidayTests
{
    private static readonly Dictionary<(BankHolidayRegion, int), string[]> Published = new()
    {
        [(BankHolidayRegion.EnglandAndWales, 2024)] = ["01-01", "03-29", "04-01", "05-06", "05-27", "08-26", "12-25", "12-26"],
        [(BankHolidayRegion.EnglandAndWales, 2025)] = ["01-01", "04-18", "04-21", "05-05", "05-26", "08-25", "12-25", "12-26"],
        [(BankHolidayRegion.EnglandAndWales, 2026)] = ["01-01", "04-03", "04-06", "05-04", "05-25", "08-31", "12-25", "12-28"],
        [(BankHolidayRegion.EnglandAndWales, 2027)] = ["01-01", "03-26", "03-29", "05-03", "05-31", "08-30", "12-27", "12-28"],
        [(BankHolidayRegion.EnglandAndWales, 2028)] = ["01-03", "04-14", "04-17", "05-01", "05-29", "08-28", "12-25", "12-26"],
        [(BankHolidayRegion.EnglandAndWales, 2029)] = ["01-01", "03-30", "04-02", "05-07", "05-28", "08-27", "12-25", "12-26"],
        [(BankHolidayRegion.EnglandAndWales, 2030)] = ["01-01", "04-19", "04-22", "05-06", "05-27", "08-26", "12-25", "12-26"],

        [(BankHolidayRegion.Scotland, 2024)] = ["01-01", "01-02", "03-29", "05-06", "05-27", "08-05", "12-02", "12-25", "12-26"],
        [(BankHolidayRegion.Scotland, 2025)] = ["01-01", "01-02", "04-18", "05-05", "05-26", "08-04", "12-01", "12-25", "12-26"],
        // 15 June 2026: the one-off holiday the Scottish Government announced for the FIFA World Cup.
        [(BankHolidayRegion.Scotland, 2026)] = ["01-01", "01-02", "04-03", "05-04", "05-25", "06-15", "08-03", "11-30", "12-25", "12-28"],
        [(BankHolidayRegion.Scotland, 2027)] = ["01-01", "01-04", "03-26", "05-03", "05-31", "08-02", "11-30", "12-27", "12-28"],
        [(BankHolidayRegion.Scotland, 2028)] = ["01-03", "01-04", "04-14", "05-01", "05-29", "08-07", "11-30", "12-25", "12-26"],
        [(BankHolidayRegion.Scotland, 2029)] = ["01-01", "01-02", "03-30", "05-07", "05-28", "08-06", "11-30", "12-25", "12-26"],
        [(BankHolidayRegion.Scotland, 2030)] = ["01-01", "01-02", "04-19", "05-06", "05-27", "08-05", "12-02", "12-25", "12-26"],

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
