namespace PurePhysio.Web.Domain;

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
