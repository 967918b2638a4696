namespace PurePhysio.Web.Features.Search;

/// <summary>
/// The synonyms list, parsed: each line is a group of equivalent words or phrases separated by commas
/// ("lumbago, low back pain, backache"). When a query contains one of them (as whole words, in order),
/// it also finds the others. Applied to queries only, so an edit needs no re-indexing.
/// </summary>
internal sealed class SynonymTable
{
    public const char Separator = ',';

    /// <summary>A group member: its words folded (for matching a query) and stemmed (for looking up the index).</summary>
    public sealed record Phrase(IReadOnlyList<string> Folded, IReadOnlyList<string> Stems);

    private readonly Dictionary<string, List<(Phrase Phrase, IReadOnlyList<Phrase> Group)>> _byFirstWord;

    private SynonymTable(Dictionary<string, List<(Phrase, IReadOnlyList<Phrase>)>> byFirstWord) => _byFirstWord = byFirstWord;

    public static readonly SynonymTable Empty = new([]);

    public static SynonymTable Parse(IEnumerable<string> lines)
    {
        var byFirstWord = new Dictionary<string, List<(Phrase, IReadOnlyList<Phrase>)>>(StringComparer.Ordinal);
        foreach (var line in lines)
        {
            var group = ParseLine(line);
            if (group.Count < 2)
            {
                continue;
            }

            foreach (var phrase in group)
            {
                (byFirstWord.TryGetValue(phrase.Folded[0], out var list) ? list : byFirstWord[phrase.Folded[0]] = []).Add((phrase, group));
            }
        }

        // Longest phrases first, so "low back pain" wins over "back".
        foreach (var list in byFirstWord.Values)
        {
            list.Sort((a, b) => b.Item1.Folded.Count.CompareTo(a.Item1.Folded.Count));
        }

        return new SynonymTable(byFirstWord);
    }

    /// <summary>The phrases of one line; words that are all stop words or empty entries are dropped.</summary>
    public static IReadOnlyList<Phrase> ParseLine(string line) =>
        line.Split(Separator, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(entry => TextAnalyzer.Tokenize(entry))
            .Where(tokens => tokens.Count > 0 && tokens.Any(t => !TextAnalyzer.IsStopWord(t.Folded)))
            .Select(tokens => new Phrase(tokens.Select(t => t.Folded).ToList(),
                tokens.Where(t => !TextAnalyzer.IsStopWord(t.Folded)).Select(t => t.Stem).ToList()))
            .DistinctBy(p => string.Join(' ', p.Folded))
            .ToList();

    /// <summary>The longest group member that starts at <paramref name="start"/> of the query's words, with its group.</summary>
    public (int Length, Phrase Matched, IReadOnlyList<Phrase> Group)? MatchAt(IReadOnlyList<Token> tokens, int start)
    {
        if (!_byFirstWord.TryGetValue(tokens[start].Folded, out var candidates))
        {
            return null;
        }

        foreach (var (phrase, group) in candidates)
        {
            if (start + phrase.Folded.Count > tokens.Count)
            {
                continue;
            }

            var all = true;
            for (var i = 1; i < phrase.Folded.Count && all; i++)
            {
                all = tokens[start + i].Folded == phrase.Folded[i];
            }

            if (all)
            {
                return (phrase.Folded.Count, phrase, group);
            }
        }

        return null;
    }
}
