namespace PurePhysio.Web.Domain;

/// <summary>What a search document stands for; with its source id it names one condition or page.</summary>
public enum SearchDocumentKind
{
    Condition = 1,
    Page = 2,
}

/// <summary>Where in a document a term occurs: a title hit ranks above a summary hit above a body hit.</summary>
public enum SearchField
{
    Title = 1,
    Summary = 2,
    Body = 3,
}

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

/// <summary>A stemmed term in one field of a document, with how often it occurs there.</summary>
public class SearchPosting
{
    public const int TermMaxLength = 64;

    public int DocumentId { get; set; }
    public SearchField Field { get; set; }
    public required string Term { get; set; }
    public int Count { get; set; }

    /// <summary>The term's most frequent word form in this field, lower case: what "Did you mean" offers.</summary>
    public required string Word { get; set; }
}

/// <summary>
/// One line of the site-wide synonyms list: words and phrases that mean the same to a patient
/// ("lumbago, low back pain, backache"). A query that contains one finds the others too.
/// </summary>
public class SearchSynonymGroup
{
    public const int TermsMaxLength = 500;

    public int Id { get; set; }

    /// <summary>The equivalent words or phrases, separated by commas, as staff typed them.</summary>
    public required string Terms { get; set; }
}

/// <summary>
/// A counter bumped in the same transaction as every change to the index, the synonyms or what a
/// search shows. Each instance keeps its term dictionary and suggestions in memory and reloads them
/// when the counter it reads differs: several instances on one database stay correct.
/// </summary>
public class SearchIndexState
{
    public const int SingletonId = 1;

    public int Id { get; set; }
    public long Generation { get; set; }
}
