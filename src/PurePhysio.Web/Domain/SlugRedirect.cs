namespace PurePhysio.Web.Domain;

/// <summary>An old slug of a condition or page, kept so links to the old URL answer with a permanent redirect.</summary>
public class SlugRedirect
{
    public int Id { get; set; }
    public required string ContentType { get; set; }
    public required string OldSlug { get; set; }
    public int ContentId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
