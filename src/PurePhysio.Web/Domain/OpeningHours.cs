namespace PurePhysio.Web.Domain;

/// <summary>
/// Retired: the one-period-per-day weekly hours of before issue 13. Nothing reads it any more; the seed
/// step "2026-12-opening-periods" copied its rows into <see cref="OpeningPeriod"/>. A later migration may drop it.
/// </summary>
public class OpeningHours
{
    public int Id { get; set; }
    public DayOfWeek Day { get; set; }
    public bool IsClosed { get; set; }
    public TimeOnly? Opens { get; set; }
    public TimeOnly? Closes { get; set; }
}

/// <summary>One period of the regular week, e.g. Monday 08:00-12:00. A day may have several; a day with none is closed.</summary>
public class OpeningPeriod
{
    public int Id { get; set; }
    public DayOfWeek Day { get; set; }
    public TimeOnly Opens { get; set; }

    /// <summary>After <see cref="Opens"/> on the same day.</summary>
    public TimeOnly Closes { get; set; }
}

/// <summary>
/// Opening hours for one date that replace the weekly hours, closures and bank holidays on that date
/// (e.g. open 10:00-14:00 on Christmas Eve). Several rows on one date are several periods.
/// </summary>
public class SpecialOpeningHours
{
    public const int ReasonMaxLength = 200;

    public int Id { get; set; }
    public DateOnly Date { get; set; }
    public TimeOnly Opens { get; set; }
    public TimeOnly Closes { get; set; }
    public required string Reason { get; set; }
}

/// <summary>Days when the clinic is closed despite its weekly hours (bank holidays, training days).</summary>
public class Closure
{
    public const int ReasonMaxLength = 200;

    public int Id { get; set; }

    /// <summary>First closed day, in the clinic's time zone.</summary>
    public DateOnly StartDate { get; set; }

    /// <summary>Last closed day (inclusive), in the clinic's time zone.</summary>
    public DateOnly EndDate { get; set; }

    public required string Reason { get; set; }
}

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
