namespace PurePhysio.Web.Domain;

/// <summary>The clinic's regular hours for one day of the week. A closed day has no times.</summary>
public class OpeningHours
{
    public int Id { get; set; }
    public DayOfWeek Day { get; set; }
    public bool IsClosed { get; set; }
    public TimeOnly? Opens { get; set; }
    public TimeOnly? Closes { get; set; }
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
