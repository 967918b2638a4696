namespace PurePhysio.Web.Domain;

/// <summary>Which UK bank holidays apply: they differ between the three jurisdictions.</summary>
public enum BankHolidayRegion
{
    EnglandAndWales = 0,
    Scotland = 1,
    NorthernIreland = 2,
}

/// <summary>How bank holidays and notices work. One row; when it is missing the defaults apply.</summary>
public class OpeningHoursSettings
{
    public const int SingletonId = 1;
    public const int DefaultNoticeDays = 7;
    public const int MaxNoticeDays = 60;

    public int Id { get; set; } = SingletonId;
    public BankHolidayRegion BankHolidayRegion { get; set; } = BankHolidayRegion.EnglandAndWales;
    public bool ClosedOnBankHolidays { get; set; } = true;

    /// <summary>How many days ahead the header announces closures, bank holidays and special hours.</summary>
    public int NoticeDays { get; set; } = DefaultNoticeDays;
}
