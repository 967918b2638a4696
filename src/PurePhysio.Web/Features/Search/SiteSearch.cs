using System.Buffers;
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

        // Arrays by document rather than dictionaries: a common word is in most documents, and this loop is the query's cost.
        var documents = snapshot.Documents;
        var inScope = new bool[documents.Length];
        var documentCount = 0;
        for (var d = 0; d < documents.Length; d++)
        {
            var document = documents[d];
            inScope[d] = (document.Kind == SearchDocumentKind.Condition ? scope.InConditions : scope.InPages) && document.IsVisible(now);
            documentCount += inScope[d] ? 1 : 0;
        }

        // Rented and cleared: a query would otherwise allocate six arrays of the document count (garbage collections under load).
        var total = Rent<double>(documents.Length);
        var matched = Rent<int>(documents.Length);
        var requiredMatched = Rent<int>(documents.Length);
        var best = Rent<double>(documents.Length);
        var score = Rent<double>(documents.Length);
        var found = Rent<int>(documents.Length);
        try
        {
            return Rank(snapshot, query, scope, documentCount, inScope, total, matched, requiredMatched, best, score, found);
        }
        finally
        {
            ArrayPool<double>.Shared.Return(total);
            ArrayPool<int>.Shared.Return(matched);
            ArrayPool<int>.Shared.Return(requiredMatched);
            ArrayPool<double>.Shared.Return(best);
            ArrayPool<double>.Shared.Return(score);
            ArrayPool<int>.Shared.Return(found);
        }
    }

    private static T[] Rent<T>(int length)
    {
        var array = ArrayPool<T>.Shared.Rent(length);
        Array.Clear(array, 0, length);
        return array;
    }

    private static SearchResults Rank(SearchSnapshot snapshot, SearchQuery query, SearchScope scope, int documentCount, bool[] inScope,
        double[] total, int[] matched, int[] requiredMatched, double[] best, double[] score, int[] found)
    {
        var documents = snapshot.Documents;
        var anyMatch = new List<int>();
        var bestTouched = new List<int>();
        var scoreTouched = new List<int>();
        var required = query.Concepts.Count(c => c.Required);
        foreach (var concept in query.Concepts)
        {
            foreach (var alternative in concept.Alternatives)
            {
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
                        var d = hit.Document;
                        var title = scope.InTitle && hit.Title > 0 ? TitleBonus : 0;
                        var summary = scope.InContent ? hit.Summary : 0;
                        var body = scope.InContent ? hit.Body : 0;
                        if (title == 0 && summary + body == 0 || !inScope[d])
                        {
                            continue;
                        }

                        var document = documents[d];
                        var weighted = (SummaryWeight * summary / (1 - B + (B * document.SummaryLength / snapshot.AverageSummaryLength)))
                            + (BodyWeight * body / (1 - B + (B * document.BodyLength / snapshot.AverageBodyLength)));
                        if (found[d]++ == 0)
                        {
                            scoreTouched.Add(d);
                        }

                        score[d] += idf * (title + (weighted / (K1 + weighted)));
                    }
                }

                foreach (var d in scoreTouched)
                {
                    // A phrase synonym counts in full only with all its words ("low back pain", not just "pain").
                    var share = (double)found[d] / alternative.Stems.Count;
                    var weighted = alternative.Weight * score[d] * share * share;
                    if (weighted > best[d])
                    {
                        if (best[d] == 0)
                        {
                            bestTouched.Add(d);
                        }

                        best[d] = weighted;
                    }

                    score[d] = 0;
                    found[d] = 0;
                }

                scoreTouched.Clear();
            }

            foreach (var d in bestTouched)
            {
                total[d] += best[d];
                if (matched[d]++ == 0)
                {
                    anyMatch.Add(d);
                }

                if (concept.Required)
                {
                    requiredMatched[d]++;
                }

                best[d] = 0;
            }

            bestTouched.Clear();
        }

        // Coverage: a page with every word of "numb hands" ranks above one with only "numb", however often.
        var candidates = new List<(int Document, double Score)>(anyMatch.Count);
        foreach (var d in anyMatch)
        {
            if (required == 0 || requiredMatched[d] == required)
            {
                var coverage = (double)matched[d] / query.Concepts.Count;
                candidates.Add((d, total[d] * coverage * coverage));
            }
        }

        candidates.Sort(static (x, y) => y.Score.CompareTo(x.Score) is var c and not 0 ? c : x.Document.CompareTo(y.Document));

        var highlight = query.AllStems.ToList();
        IReadOnlyList<string>? phrase = scope.Exact && query.Phrases.Count == 1 ? query.Phrases[0] : null;
        var hits = new List<SearchHit>();
        var count = 0;
        foreach (var candidate in candidates)
        {
            var document = snapshot.Documents[candidate.Document];
            if (query.Phrases.Count > 0 && !query.Phrases.TrueForAll(p => ContainsPhrase(snapshot, document, p, scope)))
            {
                continue;
            }

            count++;
            if (hits.Count < MaxHits)
            {
                hits.Add(new SearchHit(document.Title, document.Url, document.Kind == SearchDocumentKind.Condition ? "Condition" : "Page",
                    Snippets.Build(snapshot, document, scope.InContent ? document.Text.Length : FirstLineLength(document.Text), highlight, phrase), candidate.Score));
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

    private static bool ContainsPhrase(SearchSnapshot snapshot, SnapshotDocument document, IReadOnlyList<string> phrase, SearchScope scope) =>
        (scope.InTitle && Array.Exists(document.NameWords, name => ContainsPhrase(name, phrase)))
        || (scope.InContent && Snippets.ContainsPhrase(snapshot, document, phrase));

    private static bool ContainsPhrase(string[] words, IReadOnlyList<string> phrase)
    {
        for (var i = 0; i + phrase.Count <= words.Length; i++)
        {
            var j = 0;
            while (j < phrase.Count && words[i + j] == phrase[j])
            {
                j++;
            }

            if (j == phrase.Count)
            {
                return true;
            }
        }

        return false;
    }

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
            var better = word.Neighbours
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
        var words = TextAnalyzer.Tokenize(SearchQuery.Clean(prefix), static _ => false).Select(t => t.Folded).Take(MaxTerms).ToList();
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

            // NameWords: the title's folded words, then each alternative name's, tokenised when the snapshot was read.
            var rank = NameRank(document.NameWords[0], words);
            string? also = null;
            for (var n = 1; rank < 0 && n < document.NameWords.Length; n++)
            {
                if (NameRank(document.NameWords[n], words) is var r and >= 0)
                {
                    (rank, also) = (r + 2, document.AlternativeNames[n - 1]);
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
    private static int NameRank(string[] tokens, List<string> words)
    {
        for (var start = 0; start + words.Count <= tokens.Length; start++)
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
    private static int FirstLineLength(string text) => text.IndexOf('\n', StringComparison.Ordinal) is var i and >= 0 ? i : text.Length;
}
