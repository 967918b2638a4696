namespace PurePhysio.Web.Domain;

public class Testimonial
{
    public const int QuoteMaxLength = 1000;
    public const int AuthorMaxLength = 100;
    public const int SourceMaxLength = 100;

    public int Id { get; set; }
    public required string Quote { get; set; }

    /// <summary>Who said it, as they agreed to be named; empty when only the source is known (e.g. a Google review).</summary>
    public string Author { get; set; } = "";

    /// <summary>Where it was given, e.g. "Google Review"; empty for testimonials given to the clinic directly.</summary>
    public string Source { get; set; } = "";

    /// <summary>When it was given; shown as month and year.</summary>
    public DateOnly? GivenOn { get; set; }

    public bool IsPublished { get; set; }
    public int SortOrder { get; set; }
}
