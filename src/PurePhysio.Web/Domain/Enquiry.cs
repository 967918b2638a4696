namespace PurePhysio.Web.Domain;

/// <summary>
/// An appointment enquiry from a patient. It may describe symptoms, so its content is health data:
/// it is stored and emailed to staff, never written to logs.
/// </summary>
public class Enquiry
{
    public const int ReferenceMaxLength = 16;
    public const int NameMaxLength = 100;
    public const int EmailMaxLength = 254;
    public const int PhoneMaxLength = 30;
    public const int PreferredTimesMaxLength = 200;
    public const int ReasonMaxLength = 200;
    public const int MessageMaxLength = 4000;
    public const int ConsentVersionMaxLength = 32;
    public const int SourcePageMaxLength = 300;

    public int Id { get; set; }

    /// <summary>What the patient can quote, e.g. <c>PP-7K3Q9X</c>; unique.</summary>
    public required string Reference { get; set; }

    public required string Name { get; set; }
    public required string Email { get; set; }
    public string Phone { get; set; } = "";
    public ContactMethod PreferredContactMethod { get; set; }
    public string PreferredTimes { get; set; } = "";

    /// <summary>The condition or reason for the enquiry; prefilled from a condition page.</summary>
    public string Reason { get; set; } = "";

    public required string Message { get; set; }

    /// <summary>When the patient consented to the clinic processing the health information they sent.</summary>
    public DateTimeOffset ConsentGivenAt { get; set; }

    /// <summary>Which wording of the consent statement the patient agreed to.</summary>
    public required string ConsentVersion { get; set; }

    public EnquiryStatus Status { get; set; } = EnquiryStatus.New;
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>The site path the form was sent from, e.g. <c>/conditions/sciatica</c> or <c>/enquiry</c>.</summary>
    public string SourcePage { get; set; } = "";

    public List<OutboxMessage> OutboxMessages { get; set; } = [];
}

public enum ContactMethod
{
    Email = 0,
    Phone = 1,
}

/// <summary>Where staff are with an enquiry (the admin inbox moves it along).</summary>
public enum EnquiryStatus
{
    New = 0,
    Contacted = 1,
    Closed = 2,
}
