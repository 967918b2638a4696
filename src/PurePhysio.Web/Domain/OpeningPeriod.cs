namespace PurePhysio.Web.Domain;

/// <summary>One period of the regular week, e.g. Monday 08:00-12:00. A day may have several; a day with none is closed.</summary>
public class OpeningPeriod
{
    public int Id { get; set; }
    public DayOfWeek Day { get; set; }
    public TimeOnly Opens { get; set; }

    /// <summary>After <see cref="Opens"/> on the same day.</summary>
    public TimeOnly Closes { get; set; }
}
