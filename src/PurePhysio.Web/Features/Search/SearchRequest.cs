namespace PurePhysio.Web.Features.Search;

/// <summary>
/// What a patient asked for, bound from the query string. The options are those of the clinic's
/// previous site search: exact matches only, search in title, in content, in posts (conditions), in pages.
/// Unticked groups mean "all of them", so a bare <c>?q=neck</c> searches titles and content of both.
/// </summary>
public sealed class SearchRequest
{
    public const int MaxQueryLength = 200;

    public string? Q { get; set; }
    public bool Exact { get; set; }
    public bool Title { get; set; }
    public bool Content { get; set; }
    public bool Conditions { get; set; }
    public bool Pages { get; set; }

    public SearchScope Scope()
    {
        var anyField = Title || Content;
        var anyKind = Conditions || Pages;
        return new SearchScope(
            Exact,
            InTitle: !anyField || Title,
            InContent: !anyField || Content,
            InConditions: !anyKind || Conditions,
            InPages: !anyKind || Pages);
    }
}

/// <summary>The options in effect, defaults applied.</summary>
public sealed record SearchScope(bool Exact, bool InTitle, bool InContent, bool InConditions, bool InPages)
{
    public static readonly SearchScope Default = new(false, true, true, true, true);
}
