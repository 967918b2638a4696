using AngleSharp.Html.Dom;
using PurePhysio.Web.Tests.Infrastructure;

namespace PurePhysio.Web.Tests.Search;

/// <summary>Reads the search results page the way a patient sees it.</summary>
internal sealed record SearchPage(IHtmlDocument Document)
{
    public static async Task<SearchPage> GetAsync(HttpClient client, string query, string options = "") =>
        new(await client.GetDocumentAsync("/search?q=" + Uri.EscapeDataString(query) + options));

    public IReadOnlyList<string> ResultUrls =>
        Document.QuerySelectorAll("main ol.search-results .search-results__title a").Select(a => a.GetAttribute("href")!).ToList();

    public IReadOnlyList<string> ResultTitles =>
        Document.QuerySelectorAll("main ol.search-results .search-results__title a").Select(a => a.Text()).ToList();

    public string Status => Document.One("main [role='status']").Text();

    public IReadOnlyList<string> Marked(int result) =>
        Document.QuerySelectorAll("main ol.search-results > li")[result].QuerySelectorAll(".search-results__snippet mark").Select(m => m.Text()).ToList();
}
