using System.Text;

namespace PurePhysio.Web.Features.Search;

/// <summary>One way to satisfy a part of a query: these stems, scored at this weight (1 for the words typed).</summary>
internal sealed record QueryAlternative(IReadOnlyList<string> Stems, double Weight);

/// <summary>
/// A part of a query a result should match: a word typed, a synonyms-list phrase (any member of its
/// group will do) or a word of a quoted phrase (required, exactly).
/// </summary>
internal sealed record QueryConcept(IReadOnlyList<QueryAlternative> Alternatives, bool Required);

/// <summary>A word typed outside quotes and synonyms, where "Did you mean" may offer a better spelling, with its close indexed spellings.</summary>
internal sealed record CorrectableWord(Token Token, IReadOnlyList<(TermEntry Term, int Distance)> Neighbours);

/// <summary>
/// A patient's query taken apart: quoted phrases (words required, in order), synonyms applied to the
/// other words, and a misspelt word widened to the indexed words within its allowed edit distance.
/// </summary>
internal sealed class SearchQuery
{
    /// <summary>Score of a misspelling's stand-in relative to a word typed as indexed: always ranked below exact matches.</summary>
    public const double FuzzyWeight = 0.4;

    /// <summary>Score of a synonym relative to the words typed: the typed words rank first when both are present.</summary>
    public const double SynonymWeight = 0.9;

    private const int MaxFuzzyAlternatives = 3;

    public required string Text { get; init; }
    public required List<QueryConcept> Concepts { get; init; }

    /// <summary>Folded words of each phrase a result must contain in order.</summary>
    public required List<IReadOnlyList<string>> Phrases { get; init; }
    public required List<CorrectableWord> Correctable { get; init; }

    public IEnumerable<string> AllStems => Concepts.SelectMany(c => c.Alternatives).SelectMany(a => a.Stems).Distinct(StringComparer.Ordinal);

    /// <summary>NUL and other control characters are dropped (a space keeps the words either side apart).</summary>
    public static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(char.IsControl(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.Format ? ' ' : c);
        }

        return builder.ToString().Trim();
    }

    public static SearchQuery Parse(string text, bool exact, SearchSnapshot snapshot)
    {
        var concepts = new List<QueryConcept>();
        var phrases = new List<IReadOnlyList<string>>();
        var correctable = new List<CorrectableWord>();

        // Straight or curly quotes: every other part is a phrase. "Exact matches only" makes the whole query one.
        var parts = new List<(int Start, string Part, bool IsPhrase)>();
        if (exact)
        {
            parts.Add((0, text, true));
        }
        else
        {
            var start = 0;
            var inPhrase = false;
            for (var i = 0; i <= text.Length; i++)
            {
                if (i == text.Length || text[i] is '"' or '“' or '”' or '„')
                {
                    parts.Add((start, text[start..i], inPhrase));
                    inPhrase = !inPhrase;
                    start = i + 1;
                }
            }
        }

        foreach (var (offset, part, isPhrase) in parts)
        {
            var tokens = TextAnalyzer.Tokenize(part);
            if (isPhrase)
            {
                var words = tokens.Where(t => t.Stem.Length <= Domain.SearchPosting.TermMaxLength).ToList();
                if (words.Count == 0)
                {
                    continue;
                }

                if (words.Count > 1)
                {
                    phrases.Add(words.Select(t => t.Folded).ToList());
                }

                foreach (var stem in words.Where(t => !TextAnalyzer.IsStopWord(t.Folded)).Select(t => t.Stem).Distinct(StringComparer.Ordinal))
                {
                    concepts.Add(new QueryConcept([new QueryAlternative([stem], 1)], Required: true));
                }

                continue;
            }

            for (var i = 0; i < tokens.Count;)
            {
                if (snapshot.Synonyms.MatchAt(tokens, i) is { } match)
                {
                    concepts.Add(new QueryConcept(match.Group.Select(p => new QueryAlternative(p.Stems, ReferenceEquals(p, match.Matched) ? 1 : SynonymWeight)).ToList(), Required: false));
                    i += match.Length;
                    continue;
                }

                var token = tokens[i++];
                if (TextAnalyzer.IsStopWord(token.Folded) || token.Stem.Length > Domain.SearchPosting.TermMaxLength)
                {
                    continue;
                }

                // Looked up once: the fuzzy alternatives and "Did you mean" both need them.
                var neighbours = Neighbours(snapshot, token).ToList();
                correctable.Add(new CorrectableWord(token with { Start = token.Start + offset }, neighbours));
                var alternatives = new List<QueryAlternative> { new([token.Stem], 1) };
                if (!snapshot.Terms.ContainsKey(token.Stem))
                {
                    alternatives.AddRange(neighbours.Take(MaxFuzzyAlternatives)
                        .Select(n => new QueryAlternative([n.Term.Stem], FuzzyWeight / n.Distance)));
                }

                concepts.Add(new QueryConcept(alternatives, Required: false));
            }
        }

        // Repeated words count once.
        var distinct = concepts.DistinctBy(c => string.Join('|', c.Alternatives.SelectMany(a => a.Stems))).Take(SiteSearch.MaxTerms).ToList();
        return new SearchQuery { Text = text, Concepts = distinct, Phrases = phrases, Correctable = correctable };
    }

    /// <summary>Indexed words within the edit distance this word's length allows, closest then commonest first.</summary>
    /// <summary>The indexed form of a term closest to what was typed ("stifness" → "stiffness", not "stiff").</summary>
    public static string ClosestWord(TermEntry term, string typed) =>
        term.Words.OrderBy(w => EditDistance.Bounded(typed, w, TextAnalyzer.MaxTermLength)).First();

    public static IEnumerable<(TermEntry Term, int Distance)> Neighbours(SearchSnapshot snapshot, Token token)
    {
        var allowed = EditDistance.AllowedFor(token.Folded.Length);
        if (allowed == 0)
        {
            return [];
        }

        var found = new List<(TermEntry, int)>();
        for (var length = token.Stem.Length - allowed; length <= token.Stem.Length + allowed; length++)
        {
            foreach (var term in snapshot.TermsByLength[length])
            {
                if (term.Stem == token.Stem)
                {
                    continue;
                }

                var distance = EditDistance.Bounded(token.Stem, term.Stem, allowed);
                foreach (var word in term.Words)
                {
                    distance = Math.Min(distance, EditDistance.Bounded(token.Folded, word, allowed));
                }

                if (distance <= allowed)
                {
                    found.Add((term, distance));
                }
            }
        }

        return found.OrderBy(f => f.Item2).ThenByDescending(f => f.Item1.Hits.Length).ThenBy(f => f.Item1.Stem, StringComparer.Ordinal);
    }
}
