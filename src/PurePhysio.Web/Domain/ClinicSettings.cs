namespace PurePhysio.Web.Domain;

/// <summary>The clinic's contact details and site-wide settings. There is exactly one row.</summary>
public class ClinicSettings
{
    public const int VisitTextMaxLength = 2000;

    public const int SingletonId = 1;

    public int Id { get; set; } = SingletonId;
    public required string ClinicName { get; set; }
    public string Phone { get; set; } = "";
    public string Email { get; set; } = "";
    public string StreetAddress { get; set; } = "";

    /// <summary>Second address line, e.g. the building or business park.</summary>
    public string AddressLine2 { get; set; } = "";
    public string Locality { get; set; } = "";
    public string Region { get; set; } = "";
    public string PostalCode { get; set; } = "";

    /// <summary>ISO 3166 country code, e.g. GB.</summary>
    public string CountryCode { get; set; } = "GB";

    /// <summary>IANA time zone id used for opening hours and scheduling, e.g. Europe/London.</summary>
    public string TimeZoneId { get; set; } = "Europe/London";

    /// <summary>WGS 84 position of the entrance: the OpenStreetMap link and JSON-LD geo. Both or neither.</summary>
    public double? Latitude { get; set; }
    public double? Longitude { get; set; }

    /// <summary>How to find the entrance, in plain text (paragraphs separated by blank lines).</summary>
    public string Directions { get; set; } = "";
    public string Parking { get; set; } = "";
    public string PublicTransport { get; set; } = "";

    /// <summary>Whether a wheelchair user can get from the street to the treatment rooms without steps.</summary>
    public bool StepFreeAccess { get; set; }
    public string AccessibilityNotes { get; set; } = "";

    public string FacebookUrl { get; set; } = "";
    public string TwitterUrl { get; set; } = "";
    public string InstagramUrl { get; set; } = "";

    /// <summary>
    /// Who is emailed about new enquiries, comma-separated. Empty: the addresses in configuration
    /// (<c>Mail:StaffRecipients</c>) are used.
    /// </summary>
    public string StaffNotificationAddresses { get; set; } = "";

    /// <summary>
    /// Condition articles may be published without a clinician's approval. Off (the default): an article, or a
    /// change to one, reaches patients only once a Clinician (or an Admin) has approved it. Pages never need it.
    /// </summary>
    public bool PublishConditionsWithoutApproval { get; set; }
}
