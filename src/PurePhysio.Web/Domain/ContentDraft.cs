namespace PurePhysio.Web.Domain;

/// <summary>
/// The working copy of a condition or page beside its live version, and where it stands in review.
/// Patients never see it: the live rows change only when the draft is published (now, or at
/// <see cref="PublishAt"/>). At most one per item.
/// </summary>
public class ContentDraft
{
    public const int ReviewCommentMaxLength = 2000;
    public const int SummaryMaxLength = ContentRevision.SummaryMaxLength;

    public long Id { get; set; }

    /// <summary><see cref="ContentTypes.Condition"/> or <see cref="ContentTypes.Page"/>.</summary>
    public required string ContentType { get; set; }
    public int ContentId { get; set; }

    /// <summary>
    /// The draft's content as a JSON snapshot (the same shape as a revision's). Null when the item has never
    /// been published (or was unpublished): then the item's own row is the working copy and this row only
    /// carries its review state.
    /// </summary>
    public string? Snapshot { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>When the draft was last saved, and by whom.</summary>
    public DateTimeOffset UpdatedAt { get; set; }
    public string? AuthorUserId { get; set; }
    public string AuthorEmail { get; set; } = "";

    /// <summary>The author's summary of the change; the revision published from the draft carries it.</summary>
    public string Summary { get; set; } = "";

    /// <summary>When the draft replaces the live version by itself; null while it is not scheduled.</summary>
    public DateTimeOffset? PublishAt { get; set; }

    /// <summary>Optimistic concurrency token: bumped on every save of the draft.</summary>
    public int Version { get; set; }

    public ReviewStatus ReviewStatus { get; set; }
    public DateTimeOffset? SubmittedAt { get; set; }
    public string? SubmittedByUserId { get; set; }
    public string SubmittedByEmail { get; set; } = "";
    public DateTimeOffset? ReviewedAt { get; set; }
    public string? ReviewedByUserId { get; set; }
    public string ReviewedByEmail { get; set; } = "";

    /// <summary>The reviewer's comment when they sent the draft back.</summary>
    public string ReviewComment { get; set; } = "";
}

/// <summary>Where a draft stands in clinical review. Any save of the draft starts it again at <see cref="None"/>.</summary>
public enum ReviewStatus
{
    None = 0,
    Submitted = 1,
    Approved = 2,
    ChangesRequested = 3,
}
