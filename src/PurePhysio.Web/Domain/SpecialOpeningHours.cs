namespace PurePhysio.Web.Domain;

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
