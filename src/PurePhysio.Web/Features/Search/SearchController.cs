using Microsoft.AspNetCore.Mvc;

namespace PurePhysio.Web.Features.Search;

internal enum SearchOutcome
{
    /// <summary>No query yet: show the form.</summary>
    Empty,
    TooLong,

    /// <summary>Only punctuation, emoji or very common words: nothing to look up.</summary>
    NoSearchableWords,
    Searched,
}

internal sealed record SearchViewModel(string Query, SearchScope Scope, SearchOutcome Outcome, SearchResults Results);

[Route("search")]
public sealed class SearchController(SiteSearch search) : Controller
{
    /// <summary>How long browsers and proxies may keep a suggestions answer: short, as titles change rarely but do change.</summary>
    public const int SuggestionsMaxAgeSeconds = 60;

    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery] SearchRequest request, CancellationToken cancellationToken)
    {
        // NUL and other control characters are dropped before anything is echoed or searched.
        var query = SearchQuery.Clean(request.Q);
        var scope = request.Scope();

        // Odd input is never an error: every case gets the search page with a plain explanation.
        if (query.Length == 0)
        {
            return View(new SearchViewModel("", scope, SearchOutcome.Empty, SearchResults.None));
        }

        if (query.Length > SearchRequest.MaxQueryLength)
        {
            return View(new SearchViewModel(query[..SearchRequest.MaxQueryLength], scope, SearchOutcome.TooLong, SearchResults.None));
        }

        if (!TextAnalyzer.Terms(query).Any())
        {
            return View(new SearchViewModel(query, scope, SearchOutcome.NoSearchableWords, SearchResults.None));
        }

        var results = await search.SearchAsync(query, scope, cancellationToken);
        return View(new SearchViewModel(query, scope, SearchOutcome.Searched, results));
    }

    /// <summary>As-you-type suggestions for the header's search box: titles and other names of published conditions and pages.</summary>
    [HttpGet("suggest")]
    [ResponseCache(Duration = SuggestionsMaxAgeSeconds, Location = ResponseCacheLocation.Any)]
    public async Task<IActionResult> Suggest([FromQuery] string? q, CancellationToken cancellationToken)
    {
        var query = SearchQuery.Clean(q);
        if (query.Length > SearchRequest.MaxQueryLength)
        {
            query = query[..SearchRequest.MaxQueryLength];
        }

        var suggestions = await search.SuggestAsync(query, cancellationToken);
        return Json(suggestions.Select(s => new { title = s.Title, url = s.Url, alsoKnownAs = s.AlsoKnownAs }));
    }
}
