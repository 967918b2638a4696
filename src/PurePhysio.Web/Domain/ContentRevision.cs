namespace PurePhysio.Web.Domain;

/// <summary>One saved state of a condition or page: who saved it, when, and a JSON snapshot of its editable fields.</summary>
public class ContentRevision
{
    public const int ContentTypeMaxLength = 20;
    public const int SummaryMaxLength = 200;

    public long Id { get; set; }

    /// <summary><see cref="ContentTypes.Condition"/> or <see cref="ContentTypes.Page"/>.</summary>
    public required string ContentType { get; set; }
    public int ContentId { get; set; }

    /// <summary>The content's <c>Version</c> after this save.</summary>
    public int Version { get; set; }
    public required string Snapshot { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public string? UserId { get; set; }
    public string UserEmail { get; set; } = "";
    public string Summary { get; set; } = "";
}
