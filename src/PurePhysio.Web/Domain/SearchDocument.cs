namespace PurePhysio.Web.Domain;

/// <summary>
/// One condition or page as the site search sees it: its plain text (for snippets) and, through
/// <see cref="Postings"/>, the stemmed terms it contains. Derived data, rebuilt from the content at any time.
/// </summary>
public class SearchDocument
{
    public const int TitleMaxLength = 200;
    public const int FingerprintLength = 64;

    public int Id { get; set; }
    public SearchDocumentKind Kind { get; set; }
    public int SourceId { get; set; }
    public required string Title { get; set; }

    /// <summary>Summary and body as plain text, for the snippet shown under a result.</summary>
    public required string Text { get; set; }

    /// <summary>Number of terms in each field, for length normalisation in ranking.</summary>
    public int TitleLength { get; set; }
    public int SummaryLength { get; set; }
    public int BodyLength { get; set; }

    /// <summary>Hash of the analyser version and the indexed text: a mismatch at start-up means re-index.</summary>
    public required string Fingerprint { get; set; }

    public DateTimeOffset IndexedAt { get; set; }

    public List<SearchPosting> Postings { get; set; } = [];
}

/// <summary>What a search document stands for; with its source id it names one condition or page.</summary>
public enum SearchDocumentKind
{
    Condition = 1,
    Page = 2,
}
