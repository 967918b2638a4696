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

public static class ContentTypes
{
    public const string Condition = "Condition";
    public const string Page = "Page";
}

/// <summary>An old slug of a condition or page, kept so links to the old URL answer with a permanent redirect.</summary>
public class SlugRedirect
{
    public int Id { get; set; }
    public required string ContentType { get; set; }
    public required string OldSlug { get; set; }
    public int ContentId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}

/// <summary>
/// Who did what and when in the admin area. Details never carry health data (no enquiry content),
/// only ids, names of fields and outcomes.
/// </summary>
public class AuditEvent
{
    public const int ActionMaxLength = 60;
    public const int TargetMaxLength = 200;
    public const int DetailsMaxLength = 1000;

    public long Id { get; set; }
    public DateTimeOffset OccurredAt { get; set; }
    public string? UserId { get; set; }

    /// <summary>The signed-in user's email, or the email typed on the sign-in form for failed attempts.</summary>
    public string UserEmail { get; set; } = "";
    public required string Action { get; set; }
    public string Target { get; set; } = "";
    public string Details { get; set; } = "";
}

/// <summary>A member of staff's internal note on an enquiry. May contain health data: never logged or audited in full.</summary>
public class EnquiryNote
{
    public const int TextMaxLength = 4000;

    public int Id { get; set; }
    public int EnquiryId { get; set; }
    public required string Text { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public string UserEmail { get; set; } = "";
}
