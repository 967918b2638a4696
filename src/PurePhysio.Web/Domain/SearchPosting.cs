namespace PurePhysio.Web.Domain;

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

/// <summary>Where in a document a term occurs: a title hit ranks above a summary hit above a body hit.</summary>
public enum SearchField
{
    Title = 1,
    Summary = 2,
    Body = 3,
}
