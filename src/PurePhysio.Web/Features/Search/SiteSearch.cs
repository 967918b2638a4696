using Microsoft.EntityFrameworkCore;
using PurePhysio.Web.Data;
using PurePhysio.Web.Domain;

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
    public const int MaxHits = 30;

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

        var postings = await (
                from p in db.SearchPostings
                join d in db.SearchDocuments on p.DocumentId equals d.Id
                where stems.Contains(p.Term) && fields.Contains(p.Field) && kinds.Contains(d.Kind)
                select new { p.DocumentId, p.Term, p.Field, p.Count, d.Kind, d.SourceId, d.TitleLength, d.SummaryLength, d.BodyLength })
            .AsNoTracking()
            .ToListAsync(cancellationToken);
        if (postings.Count == 0)
        {
            return SearchResults.None;
        }

        var visible = await VisibleAsync(
            postings.Where(p => p.Kind == SearchDocumentKind.Condition).Select(p => p.SourceId).Distinct().ToList(),
            postings.Where(p => p.Kind == SearchDocumentKind.Page).Select(p => p.SourceId).Distinct().ToList(),
            cancellationToken);
        postings = postings.Where(p => visible.ContainsKey((p.Kind, p.SourceId))).ToList();

        var stats = await db.SearchDocuments.AsNoTracking()
            .Where(d => kinds.Contains(d.Kind))
            .GroupBy(_ => 1)
            .Select(g => new { Count = g.Count(), Summary = g.Average(d => (double)d.SummaryLength), Body = g.Average(d => (double)d.BodyLength) })
            .FirstOrDefaultAsync(cancellationToken);
        var documentCount = stats?.Count ?? 0;
        var averageSummary = Math.Max(1, stats?.Summary ?? 1);
        var averageBody = Math.Max(1, stats?.Body ?? 1);

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
        var candidates = scored.OrderByDescending(s => s.Score).ThenBy(s => visible[(s.Kind, s.SourceId)].Title, StringComparer.OrdinalIgnoreCase).ToList();
        if (scope.Exact)
        {
            // Exact phrase: every word must be there, and then the words in order, unstemmed.
            candidates = candidates.Where(c => c.Matched == stems.Count).ToList();
        }

        // Snippet text is read only for what will be shown, except that an exact phrase must be checked in every candidate.
        var textIds = (scope.Exact ? candidates : candidates.Take(MaxHits)).Select(c => c.DocumentId).ToList();
        var texts = await db.SearchDocuments.AsNoTracking()
            .Where(d => textIds.Contains(d.Id))
            .Select(d => new { d.Id, d.Text })
            .ToDictionaryAsync(d => d.Id, d => d.Text, cancellationToken);

        var hits = new List<SearchHit>();
        var total = 0;
        foreach (var candidate in candidates)
        {
            if (!scope.Exact && hits.Count == MaxHits)
            {
                total = candidates.Count;
                break;
            }

            var source = visible[(candidate.Kind, candidate.SourceId)];
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

    private sealed record VisibleSource(string Title, string Url);

    /// <summary>The indexed text starts with the summary line: what a titles-only result shows.</summary>
    private static string FirstLine(string text) => text.IndexOf('\n', StringComparison.Ordinal) is var i and >= 0 ? text[..i] : text;

    // Above this many candidates it is cheaper to read every live source of a kind than to pass the ids.
    private const int IdListLimit = 100;

    /// <summary>Title and address of the published, already-live sources among the candidates; drafts and scheduled content fall out here.</summary>
    private async Task<Dictionary<(SearchDocumentKind, int), VisibleSource>> VisibleAsync(List<int> conditionIds, List<int> pageIds,
        CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var result = new Dictionary<(SearchDocumentKind, int), VisibleSource>();
        if (conditionIds.Count > 0)
        {
            var query = db.Conditions.AsNoTracking().WherePublished(now);
            if (conditionIds.Count <= IdListLimit)
            {
                query = query.Where(c => conditionIds.Contains(c.Id));
            }

            foreach (var c in await query.Select(c => new { c.Id, c.Title, c.Slug }).ToListAsync(cancellationToken))
            {
                result[(SearchDocumentKind.Condition, c.Id)] = new VisibleSource(c.Title, "/conditions/" + c.Slug);
            }
        }

        if (pageIds.Count > 0)
        {
            var query = db.StaticPages.AsNoTracking().WherePublished(now);
            if (pageIds.Count <= IdListLimit)
            {
                query = query.Where(p => pageIds.Contains(p.Id));
            }

            foreach (var p in await query.Select(p => new { p.Id, p.Title, p.Slug }).ToListAsync(cancellationToken))
            {
                result[(SearchDocumentKind.Page, p.Id)] = new VisibleSource(p.Title, p.Slug == SeedData.HomePageSlug ? "/" : "/" + p.Slug);
            }
        }

        return result;
    }
}
