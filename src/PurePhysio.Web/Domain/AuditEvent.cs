namespace PurePhysio.Web.Domain;

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
