namespace PurePhysio.Web.Domain;

/// <summary>
/// That a reviewer's weekly reminder of the articles due for review was queued for an ISO week. Unique per
/// reviewer and week, and inserted in the same transaction as the reminder's outbox mail, so however many
/// instances try, each reviewer gets one reminder a week.
/// </summary>
public class ReviewReminder
{
    public const int WeekMaxLength = 10;

    public long Id { get; set; }
    public required string UserId { get; set; }

    /// <summary>The ISO week, e.g. 2026-W49.</summary>
    public required string Week { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
