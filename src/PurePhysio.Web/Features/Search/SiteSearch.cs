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

    /// <summary>A better-spelt query built from indexed words, when this one found nothing or far less than it would.</summary>
    public string? DidYouMean { get; init; }
}

/// <summary>A title (or another name of it) offered while typing in the search box.</summary>
public sealed record SearchSuggestion(string Title, string Url, string? AlsoKnownAs);

public sealed record RelatedArticle(string Title, string Url);

/// <summary>
/// Answers queries from this instance's <see cref="SearchSnapshot"/> of the index: BM25 over summary and
/// body, a title (or alternative name) hit above any content hit, synonyms and misspellings below the
/// words typed, documents that match more of the query first; drafts and scheduled content never shown.
/// </summary>
public sealed class SiteSearch(ClinicDbContext db, SearchSnapshotCache cache, TimeProvider time)
{
    public const int MaxTerms = 12;
    public const int MaxHits = 20;
    public const int MaxSuggestions = 8;

    private const double K1 = 1.2;
    // Light length normalisation: articles are of similar size, and the usual 0.75 let short pages that
    // mention a word once in passing (the home page's "neck, back and joint problems") outrank the article about it.
    private const double B = 0.3;
    private const double SummaryWeight = 2.0;
    private const double BodyWeight = 1.0;

    /// <summary>Added per query word found in the title: more than content alone can ever score (that saturates below 1).</summary>
    private const double TitleBonus = 1.0;

    /// <summary>A misspelling's look-alike must be in this many times more documents to be offered instead of it.</summary>
    private const int DidYouMeanRatio = 10;

    public async Task<SearchResults> SearchAsync(string query, SearchScope scope, CancellationToken cancellationToken)
    {
        var snapshot = await cache.GetAsync(db, cancellationToken);
        var parsed = SearchQuery.Parse(SearchQuery.Clean(query), scope.Exact, snapshot);
        var results = Search(snapshot, parsed, scope, time.GetUtcNow());
        var suggestion = DidYouMean(snapshot, parsed);
        return suggestion is null ? results : results with { DidYouMean = suggestion };
    }

    private static SearchResults Search(SearchSnapshot snapshot, SearchQuery query, SearchScope scope, DateTimeOffset now)
    {
        if (query.Concepts.Count == 0)
        {
            return SearchResults.None;
        }

        bool InScope(SnapshotDocument d) =>
            (d.Kind == SearchDocumentKind.Condition ? scope.InConditions : scope.InPages) && d.IsVisible(now);

        var documentCount = snapshot.Documents.Count(InScope);
        var total = new Dictionary<int, double>();
        var matched = new Dictionary<int, int>();
        var required = query.Concepts.Count(c => c.Required);
        var requiredMatched = new Dictionary<int, int>();
        foreach (var concept in query.Concepts)
        {
            var best = new Dictionary<int, double>();
            foreach (var alternative in concept.Alternatives)
            {
                var score = new Dictionary<int, double>();
                var found = new Dictionary<int, int>();
                foreach (var stem in alternative.Stems)
                {
                    if (!snapshot.Terms.TryGetValue(stem, out var term))
                    {
                        continue;
                    }

                    var df = term.Hits.Length;
                    var idf = Math.Max(Math.Log(1 + ((documentCount - df + 0.5) / (df + 0.5))), 0.1);
                    foreach (var hit in term.Hits)
                    {
                        var document = snapshot.Documents[hit.Document];
                        var title = scope.InTitle && hit.Title > 0 ? TitleBonus : 0;
                        var summary = scope.InContent ? hit.Summary : 0;
                        var body = scope.InContent ? hit.Body : 0;
                        if (title == 0 && summary + body == 0 || !InScope(document))
                        {
                            continue;
                        }

                        var weighted = (SummaryWeight * summary / (1 - B + (B * document.SummaryLength / snapshot.AverageSummaryLength)))
                            + (BodyWeight * body / (1 - B + (B * document.BodyLength / snapshot.AverageBodyLength)));
                        score[hit.Document] = score.GetValueOrDefault(hit.Document) + (idf * (title + (weighted / (K1 + weighted))));
                        found[hit.Document] = found.GetValueOrDefault(hit.Document) + 1;
                    }
                }

                foreach (var (document, value) in score)
                {
                    // A phrase synonym counts in full only with all its words ("low back pain", not just "pain").
                    var share = (double)found[document] / alternative.Stems.Count;
                    var weighted = alternative.Weight * value * share * share;
                    if (weighted > best.GetValueOrDefault(document))
                    {
                        best[document] = weighted;
                    }
                }
            }

            foreach (var (document, value) in best)
            {
                total[document] = total.GetValueOrDefault(document) + value;
                matched[document] = matched.GetValueOrDefault(document) + 1;
                if (concept.Required)
                {
                    requiredMatched[document] = requiredMatched.GetValueOrDefault(document) + 1;
                }
            }
        }

        // Coverage: a page with every word of "numb hands" ranks above one with only "numb", however often.
        var candidates = total
            .Where(t => required == 0 || requiredMatched.GetValueOrDefault(t.Key) == required)
            .Select(t =>
            {
                var coverage = (double)matched[t.Key] / query.Concepts.Count;
                return (Document: t.Key, Score: t.Value * coverage * coverage);
            })
            .OrderByDescending(c => c.Score).ThenBy(c => c.Document)
            .ToList();

        var highlight = query.AllStems.ToList();
        IReadOnlyList<string>? phrase = scope.Exact && query.Phrases.Count == 1 ? query.Phrases[0] : null;
        var hits = new List<SearchHit>();
        var count = 0;
        foreach (var candidate in candidates)
        {
            var document = snapshot.Documents[candidate.Document];
            if (query.Phrases.Count > 0 && !query.Phrases.TrueForAll(p => ContainsPhrase(document, p, scope)))
            {
                continue;
            }

            count++;
            if (hits.Count < MaxHits)
            {
                hits.Add(new SearchHit(document.Title, document.Url, document.Kind == SearchDocumentKind.Condition ? "Condition" : "Page",
                    Snippets.Build(scope.InContent ? document.Text : FirstLine(document.Text), highlight, phrase), candidate.Score));
            }
            else if (query.Phrases.Count == 0)
            {
                // Without phrases to check, every remaining candidate is a result: no need to look at them.
                count = candidates.Count;
                break;
            }
        }

        return new SearchResults(hits, count);
    }

    private static bool ContainsPhrase(SnapshotDocument document, IReadOnlyList<string> phrase, SearchScope scope) =>
        (scope.InTitle && (Snippets.ContainsPhrase(document.Title, phrase) || document.AlternativeNames.Any(n => Snippets.ContainsPhrase(n, phrase))))
        || (scope.InContent && Snippets.ContainsPhrase(document.Text, phrase));

    /// <summary>
    /// The query with each word that is not indexed, or is far rarer than a close spelling, replaced by
    /// that spelling's commonest indexed form; null when there is nothing better to offer.
    /// </summary>
    private static string? DidYouMean(SearchSnapshot snapshot, SearchQuery query)
    {
        var replacements = new List<(int Start, int Length, string Word)>();
        foreach (var word in query.Correctable)
        {
            var df = snapshot.Terms.TryGetValue(word.Token.Stem, out var own) ? own.Hits.Length : 0;
            var better = SearchQuery.Neighbours(snapshot, word.Token)
                .Where(n => n.Term.Hits.Length > df * DidYouMeanRatio)
                .Select(n => n.Term)
                .FirstOrDefault();
            if (better is not null)
            {
                replacements.Add((word.Token.Start, word.Token.Length, SearchQuery.ClosestWord(better, word.Token.Folded)));
            }
        }

        if (replacements.Count == 0)
        {
            return null;
        }

        var text = query.Text;
        foreach (var (start, length, word) in replacements.OrderByDescending(r => r.Start))
        {
            text = text[..start] + word + text[(start + length)..];
        }

        return text;
    }

    /// <summary>Published condition and page titles, or their other names, with a word starting with each word typed.</summary>
    public async Task<IReadOnlyList<SearchSuggestion>> SuggestAsync(string prefix, CancellationToken cancellationToken)
    {
        var words = TextAnalyzer.Tokenize(SearchQuery.Clean(prefix)).Select(t => t.Folded).Take(MaxTerms).ToList();
        if (words.Count == 0)
        {
            return [];
        }

        var snapshot = await cache.GetAsync(db, cancellationToken);
        var now = time.GetUtcNow();
        var found = new List<(SearchSuggestion Suggestion, int Rank)>();
        foreach (var document in snapshot.Documents)
        {
            if (!document.IsVisible(now))
            {
                continue;
            }

            var rank = NameRank(document.Title, words);
            string? also = null;
            if (rank < 0)
            {
                foreach (var name in document.AlternativeNames)
                {
                    if (NameRank(name, words) is var r and >= 0)
                    {
                        (rank, also) = (r + 2, name);
                        break;
                    }
                }
            }

            if (rank >= 0)
            {
                found.Add((new SearchSuggestion(document.Title, document.Url, also), rank + (document.Kind == SearchDocumentKind.Condition ? 0 : 4)));
            }
        }

        return found.OrderBy(f => f.Rank).ThenBy(f => f.Suggestion.Title, StringComparer.OrdinalIgnoreCase)
            .Take(MaxSuggestions).Select(f => f.Suggestion).ToList();
    }

    /// <summary>0 when the name starts with the words typed, 1 when its words start with them elsewhere, -1 when not.</summary>
    private static int NameRank(string name, List<string> words)
    {
        var tokens = TextAnalyzer.Tokenize(name).Select(t => t.Folded).ToList();
        for (var start = 0; start + words.Count <= tokens.Count; start++)
        {
            var all = true;
            for (var i = 0; i < words.Count && all; i++)
            {
                all = i == words.Count - 1 ? tokens[start + i].StartsWith(words[i], StringComparison.Ordinal) : tokens[start + i] == words[i];
            }

            if (all)
            {
                return start == 0 ? 0 : 1;
            }
        }

        return -1;
    }

    /// <summary>
    /// Other published conditions that share the most telling words (rarest first) of this one's title,
    /// other names and summary: where a patient who landed on the wrong article finds the right one.
    /// </summary>
    public async Task<IReadOnlyList<RelatedArticle>> RelatedConditionsAsync(string slug, int max, CancellationToken cancellationToken)
    {
        var snapshot = await cache.GetAsync(db, cancellationToken, trustSiteVersion: true);
        var url = PublicPaths.Condition(slug);
        var self = Array.FindIndex(snapshot.Documents, d => d.Kind == SearchDocumentKind.Condition && d.Url == url);
        if (self < 0)
        {
            return [];
        }

        var now = time.GetUtcNow();
        var count = snapshot.Documents.Length;
        var scores = new Dictionary<int, double>();
        foreach (var stem in snapshot.Documents[self].TopicStems)
        {
            var term = snapshot.Terms[stem];
            var idf = Math.Log(1 + ((count - term.Hits.Length + 0.5) / (term.Hits.Length + 0.5)));
            foreach (var hit in term.Hits)
            {
                var other = snapshot.Documents[hit.Document];
                if (hit.Document != self && other.Kind == SearchDocumentKind.Condition && other.IsVisible(now))
                {
                    // Shared words in titles and summaries say what an article is about; the body only touches on them.
                    var weight = (hit.Title > 0 ? 2.0 : 0) + (hit.Summary > 0 ? 1.0 : 0) + (hit.Body > 0 ? 0.25 : 0);
                    scores[hit.Document] = scores.GetValueOrDefault(hit.Document) + (idf * weight);
                }
            }
        }

        return scores.OrderByDescending(s => s.Value).ThenBy(s => snapshot.Documents[s.Key].Title, StringComparer.Ordinal)
            .Take(max).Select(s => new RelatedArticle(snapshot.Documents[s.Key].Title, snapshot.Documents[s.Key].Url)).ToList();
    }

    /// <summary>The indexed text starts with the summary line: what a titles-only result shows.</summary>
    private static string FirstLine(string text) => text.IndexOf('\n', StringComparison.Ordinal) is var i and >= 0 ? text[..i] : text;
}
