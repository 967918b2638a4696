namespace PurePhysio.Web.Domain;

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
