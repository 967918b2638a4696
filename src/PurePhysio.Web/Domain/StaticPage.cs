namespace PurePhysio.Web.Domain;

/// <summary>A content page such as Terms and Conditions or Privacy Policy, authored in Markdown.</summary>
public class StaticPage : IVersionedContent
{
    public const int TitleMaxLength = 120;
    public const int SlugMaxLength = 120;
    public const int SummaryMaxLength = 300;

    public int Id { get; set; }
    public required string Title { get; set; }
    public required string Slug { get; set; }
    public required string Summary { get; set; }
    public string Body { get; set; } = "";
    public bool IsPublished { get; set; }
    public DateTimeOffset? PublishedAt { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>Optimistic concurrency token: bumped on every save, so a second editor's stale save is refused.</summary>
    public int Version { get; set; }

    /// <summary>The page's picture from the media library (shown on the page and when shared); null for none.</summary>
    public int? ImageId { get; set; }
    public MediaImage? Image { get; set; }

    /// <summary>Listed among the footer links, in <see cref="FooterOrder"/>.</summary>
    public bool ShowInFooter { get; set; }
    public int FooterOrder { get; set; }
}
