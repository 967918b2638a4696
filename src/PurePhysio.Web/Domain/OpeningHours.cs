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
