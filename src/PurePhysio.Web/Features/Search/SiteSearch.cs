using Microsoft.EntityFrameworkCore;
using PurePhysio.Web.Data;
using PurePhysio.Web.Domain;
using PurePhysio.Web.Features.Shared;

namespace PurePhysio.Web.Features.Search;

/// <summary>A piece of a snippet; matched words are shown highlighted.</summary>
public sealed record SnippetPart(string Text, bool IsMatch);

public sealed record SearchHit(string Title, string Url, string KindLabel, IReadOnlyList<SnippetPart> Snippet, double Score);

public sealed record SearchResults(IReadOnlyList<SearchHit> Hits, int Total)
{
    public static readonly SearchResults None = new([], 0);
}

/// <summary>
/// Answers a query from the index tables: postings of the query's stems are read in one SQL query,
/// scored in memory (BM25 over summary and body, a title hit above any content hit, documents that
/// match more of the query's words first) and checked against the live content's publication state.
/// </summary>
public sealed class SiteSearch(ClinicDbContext db, TimeProvider time)
{
    public const int MaxTerms = 12;
    public const int MaxHits = 20;

    private const double K1 = 1.2;
    // Light length normalisation: articles are of similar size, and the usual 0.75 let short pages that
    // mention a word once in passing (the home page's "neck, back and joint problems") outrank the article about it.
    private const double B = 0.3;
    private const double SummaryWeight = 2.0;
    private const double BodyWeight = 1.0;

    /// <summary>Added per query word found in the title: more than content alone can ever score (that saturates below 1).</summary>
    private const double TitleBonus = 1.0;

    public async Task<SearchResults> SearchAsync(string query, SearchScope scope, CancellationToken cancellationToken)
    {
        var queryTokens = TextAnalyzer.Tokenize(query).Take(MaxTerms * 2).ToList();
        var stems = queryTokens.Where(t => !TextAnalyzer.IsStopWord(t.Folded)).Select(t => t.Stem)
            .Where(s => s.Length <= SearchPosting.TermMaxLength)
            .Distinct(StringComparer.Ordinal).Take(MaxTerms).ToList();
        if (stems.Count == 0)
        {
            return SearchResults.None;
        }

        var fields = new List<SearchField>();
        if (scope.InTitle)
        {
            fields.Add(SearchField.Title);
        }

        if (scope.InContent)
        {
            fields.AddRange([SearchField.Summary, SearchField.Body]);
        }

        var kinds = new List<SearchDocumentKind>();
        if (scope.InConditions)
        {
            kinds.Add(SearchDocumentKind.Condition);
        }

        if (scope.InPages)
        {
            kinds.Add(SearchDocumentKind.Page);
        }

        // Postings alone, answered from the covering (term, field, document, count) index.
        var matches = await db.SearchPostings.AsNoTracking()
            .Where(p => stems.Contains(p.Term) && fields.Contains(p.Field))
            .Select(p => new { p.DocumentId, p.Term, p.Field, p.Count })
            .ToListAsync(cancellationToken);
        if (matches.Count == 0)
        {
            return SearchResults.None;
        }

        // Every document in scope, as small rows from an index: for the kind filter, idf and average lengths.
        var documents = await db.SearchDocuments.AsNoTracking()
            .Where(d => kinds.Contains(d.Kind))
            .Select(d => new DocumentShape(d.Id, d.Kind, d.SourceId, d.SummaryLength, d.BodyLength))
            .ToDictionaryAsync(d => d.Id, cancellationToken);
        var documentCount = documents.Count;
        var averageSummary = documentCount == 0 ? 1 : Math.Max(1, documents.Values.Average(d => d.SummaryLength));
        var averageBody = documentCount == 0 ? 1 : Math.Max(1, documents.Values.Average(d => d.BodyLength));

        var inScope = matches.Where(p => documents.ContainsKey(p.DocumentId))
            .Select(p => new { p.DocumentId, p.Term, p.Field, p.Count, Document = documents[p.DocumentId] })
            .ToList();
        var visible = await PublishedAsync(
            inScope.Where(p => p.Document.Kind == SearchDocumentKind.Condition).Select(p => p.Document.SourceId).Distinct().ToList(),
            inScope.Where(p => p.Document.Kind == SearchDocumentKind.Page).Select(p => p.Document.SourceId).Distinct().ToList(),
            cancellationToken);
        var postings = inScope.Where(p => visible.Contains((p.Document.Kind, p.Document.SourceId)))
            .Select(p => new { p.DocumentId, p.Term, p.Field, p.Count, p.Document.Kind, p.Document.SourceId, p.Document.SummaryLength, p.Document.BodyLength })
            .ToList();

        var documentFrequency = postings.GroupBy(p => p.Term).ToDictionary(g => g.Key, g => g.Select(p => p.DocumentId).Distinct().Count());

        var scored = postings.GroupBy(p => p.DocumentId).Select(doc =>
        {
            var first = doc.First();
            var score = 0.0;
            var matched = 0;
            foreach (var term in doc.GroupBy(p => p.Term))
            {
                var df = documentFrequency[term.Key];
                var idf = Math.Log(1 + ((documentCount - df + 0.5) / (df + 0.5)));
                var summary = term.Where(p => p.Field == SearchField.Summary).Sum(p => p.Count);
                var body = term.Where(p => p.Field == SearchField.Body).Sum(p => p.Count);
                var weighted = (SummaryWeight * summary / (1 - B + (B * first.SummaryLength / averageSummary)))
                    + (BodyWeight * body / (1 - B + (B * first.BodyLength / averageBody)));
                var content = weighted / (K1 + weighted);
                var title = term.Any(p => p.Field == SearchField.Title) ? TitleBonus : 0;
                score += Math.Max(idf, 0.1) * (title + content);
                matched++;
            }

            // Coverage: a page with every word of "numb hands" ranks above one with only "numb", however often.
            var coverage = (double)matched / stems.Count;
            return new { first.DocumentId, first.Kind, first.SourceId, Score = score * coverage * coverage, Matched = matched };
        }).ToList();

        var phrase = scope.Exact ? queryTokens.Select(t => t.Folded).ToList() : null;
        var candidates = scored.OrderByDescending(s => s.Score).ThenBy(s => s.DocumentId).ToList();
        if (scope.Exact)
        {
            // Exact phrase: every word must be there, and then the words in order, unstemmed.
            candidates = candidates.Where(c => c.Matched == stems.Count).ToList();
        }

        // Text, titles and addresses are read only for what will be shown, except that an exact phrase must be checked in every candidate.
        var shown = (scope.Exact ? candidates : candidates.Take(MaxHits)).ToList();
        var textIds = shown.Select(c => c.DocumentId).ToList();
        var texts = await db.SearchDocuments.AsNoTracking()
            .Where(d => textIds.Contains(d.Id))
            .Select(d => new { d.Id, d.Text })
            .ToDictionaryAsync(d => d.Id, d => d.Text, cancellationToken);
        var sources = await SourcesAsync(
            shown.Where(c => c.Kind == SearchDocumentKind.Condition).Select(c => c.SourceId).ToList(),
            shown.Where(c => c.Kind == SearchDocumentKind.Page).Select(c => c.SourceId).ToList(),
            cancellationToken);

        var hits = new List<SearchHit>();
        var total = 0;
        foreach (var candidate in candidates)
        {
            if (!scope.Exact && hits.Count == MaxHits)
            {
                total = candidates.Count;
                break;
            }

            if (!sources.TryGetValue((candidate.Kind, candidate.SourceId), out var source))
            {
                continue; // unpublished a moment ago
            }

            var text = texts.GetValueOrDefault(candidate.DocumentId, "");
            if (phrase is not null && !(scope.InTitle && Snippets.ContainsPhrase(source.Title, phrase)) && !(scope.InContent && Snippets.ContainsPhrase(text, phrase)))
            {
                continue;
            }

            total++;
            if (hits.Count == MaxHits)
            {
                continue;
            }

            hits.Add(new SearchHit(source.Title, source.Url, candidate.Kind == SearchDocumentKind.Condition ? "Condition" : "Page",
                Snippets.Build(scope.InContent ? text : FirstLine(text), stems, phrase), candidate.Score));
        }

        return new SearchResults(hits, Math.Max(total, hits.Count));
    }

    private sealed record DocumentShape(int Id, SearchDocumentKind Kind, int SourceId, int SummaryLength, int BodyLength);

    private sealed record VisibleSource(string Title, string Url);

    /// <summary>The indexed text starts with the summary line: what a titles-only result shows.</summary>
    private static string FirstLine(string text) => text.IndexOf('\n', StringComparison.Ordinal) is var i and >= 0 ? text[..i] : text;

    // Above this many candidates it is cheaper to read every live id of a kind than to pass the ids.
    private const int IdListLimit = 100;

    /// <summary>
    /// Which candidates patients may see now: published and already live. Drafts and scheduled content fall out here.
    /// Only ids are read, which the (IsPublished, PublishedAt) index answers without touching the article rows.
    /// </summary>
    private async Task<HashSet<(SearchDocumentKind, int)>> PublishedAsync(List<int> conditionIds, List<int> pageIds,
        CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var result = new HashSet<(SearchDocumentKind, int)>();
        if (conditionIds.Count > 0)
        {
            var query = db.Conditions.AsNoTracking().WherePublished(now);
            if (conditionIds.Count <= IdListLimit)
            {
                query = query.Where(c => conditionIds.Contains(c.Id));
            }

            result.UnionWith((await query.Select(c => c.Id).ToListAsync(cancellationToken)).Select(id => (SearchDocumentKind.Condition, id)));
        }

        if (pageIds.Count > 0)
        {
            var query = db.StaticPages.AsNoTracking().WherePublished(now);
            if (pageIds.Count <= IdListLimit)
            {
                query = query.Where(p => pageIds.Contains(p.Id));
            }

            result.UnionWith((await query.Select(p => p.Id).ToListAsync(cancellationToken)).Select(id => (SearchDocumentKind.Page, id)));
        }

        return result;
    }

    /// <summary>Live title and address of the results to show (never the index's copy, which could lag behind).</summary>
    private async Task<Dictionary<(SearchDocumentKind, int), VisibleSource>> SourcesAsync(List<int> conditionIds, List<int> pageIds,
        CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var result = new Dictionary<(SearchDocumentKind, int), VisibleSource>();
        if (conditionIds.Count > 0)
        {
            var conditions = await db.Conditions.AsNoTracking().WherePublished(now).Where(c => conditionIds.Contains(c.Id))
                .Select(c => new { c.Id, c.Title, c.Slug }).ToListAsync(cancellationToken);
            foreach (var c in conditions)
            {
                result[(SearchDocumentKind.Condition, c.Id)] = new VisibleSource(c.Title, PublicPaths.Condition(c.Slug));
            }
        }

        if (pageIds.Count > 0)
        {
            var pages = await db.StaticPages.AsNoTracking().WherePublished(now).Where(p => pageIds.Contains(p.Id))
                .Select(p => new { p.Id, p.Title, p.Slug }).ToListAsync(cancellationToken);
            foreach (var p in pages)
            {
                result[(SearchDocumentKind.Page, p.Id)] = new VisibleSource(p.Title, PublicPaths.Page(p.Slug));
            }
        }

        return result;
    }
}
