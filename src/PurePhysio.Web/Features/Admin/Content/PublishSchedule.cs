namespace PurePhysio.Web.Features.Admin.Content;

public enum ContentStatus
{
    Draft,
    Scheduled,
    Published,
}

public enum PublishChoice
{
    Draft,
    Publish,
}

/// <summary>Converts between the clinic's wall-clock time (what staff type) and the UTC instants stored.</summary>
internal static class PublishSchedule
{
    public static ContentStatus StatusOf(bool isPublished, DateTimeOffset? publishedAt, DateTimeOffset now) =>
        !isPublished ? ContentStatus.Draft
        : publishedAt > now ? ContentStatus.Scheduled
        : ContentStatus.Published;

    /// <summary>The UTC instant for a clinic-local date and time; null when that local time does not exist (clocks going forward).</summary>
    public static DateTimeOffset? ToUtc(DateTime local, TimeZoneInfo zone)
    {
        var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        if (zone.IsInvalidTime(unspecified))
        {
            return null;
        }

        return new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(unspecified, zone), TimeSpan.Zero);
    }

    public static DateTime? ToLocal(DateTimeOffset? utc, TimeZoneInfo zone) =>
        utc is { } value ? TimeZoneInfo.ConvertTime(value, zone).DateTime : null;

    /// <summary>
    /// The stored publish state for what staff chose: publishing without a date keeps an earlier
    /// publication date (or uses now); a future date schedules; a draft keeps any date it had.
    /// </summary>
    public static (bool IsPublished, DateTimeOffset? PublishedAt) Resolve(PublishChoice choice, DateTimeOffset? requested,
        DateTimeOffset? current, DateTimeOffset now) =>
        choice == PublishChoice.Draft
            ? (false, requested ?? current)
            : (true, requested ?? (current is { } c && c <= now ? c : now));
}
