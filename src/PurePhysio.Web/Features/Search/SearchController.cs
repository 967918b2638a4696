using Microsoft.AspNetCore.Mvc;

namespace PurePhysio.Web.Features.Search;

public enum SearchOutcome
{
    /// <summary>No query yet: show the form.</summary>
    Empty,
    TooLong,

    /// <summary>Only punctuation, emoji or very common words: nothing to look up.</summary>
    NoSearchableWords,
    Searched,
}

public sealed record SearchViewModel(string Query, SearchScope Scope, SearchOutcome Outcome, SearchResults Results);

[Route("search")]
public sealed class SearchController(SiteSearch search) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery] SearchRequest request, CancellationToken cancellationToken)
    {
        var query = (request.Q ?? "").Trim();
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
}
