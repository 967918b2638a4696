namespace PurePhysio.Web.Features.Clinic;

public static class ClinicTime
{
    /// <summary>The clinic's time zone by IANA id; UTC when the id is unknown on this machine.</summary>
    public static TimeZoneInfo FindTimeZone(string? timeZoneId)
    {
        if (!string.IsNullOrWhiteSpace(timeZoneId) && TimeZoneInfo.TryFindSystemTimeZoneById(timeZoneId, out var zone))
        {
            return zone;
        }

        return TimeZoneInfo.Utc;
    }
}
