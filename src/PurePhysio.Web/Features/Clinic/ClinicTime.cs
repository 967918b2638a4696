namespace PurePhysio.Web.Features.Clinic;

internal static class ClinicTime
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

    /// <summary>A stored UTC instant as staff read it: "24 November 2026 21:18 (Europe/London)".</summary>
    public static string Describe(DateTimeOffset instant, TimeZoneInfo zone) =>
        $"{TimeZoneInfo.ConvertTime(instant, zone):d MMMM yyyy HH:mm} ({zone.Id})";
}
