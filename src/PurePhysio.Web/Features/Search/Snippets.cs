namespace PurePhysio.Web.Features.Search;

/// <summary>The few lines under a result, cut around where the query's words occur, with those words marked.</summary>
public static class Snippets
{
    public const int Length = 220;
    private const int Lead = 60;

    public static bool ContainsPhrase(string text, IReadOnlyList<string> phrase) => PhraseMatches(TextAnalyzer.Tokenize(text), phrase).Any();

    public static IReadOnlyList<SnippetPart> Build(string text, IReadOnlyCollection<string> stems, IReadOnlyList<string>? phrase)
    {
        text = text.Replace('\n', ' ');
        if (text.Length == 0)
        {
            return [];
        }

        // Porter only rewrites a word's ending: a stem without its last letter starts every word it came from.
        // Stemming only those words keeps long texts cheap.
        var prefixes = stems.Select(s => s[..^1]).ToList();
        var tokens = TextAnalyzer.Tokenize(text, phrase is null ? folded => prefixes.Exists(p => folded.StartsWith(p, StringComparison.Ordinal)) : null);
        var matches = phrase is not null
            ? PhraseMatches(tokens, phrase).ToList()
            : tokens.Where(t => !TextAnalyzer.IsStopWord(t.Folded) && stems.Contains(t.Stem)).Select(t => (t.Start, End: t.Start + t.Length, t.Stem)).ToList();

        var start = 0;
        if (matches.Count > 0)
        {
            // The window that shows the most different query words, earliest first.
            var best = matches[0].Start;
            var bestCount = 0;
            foreach (var m in matches)
            {
                var count = matches.Where(o => o.Start >= m.Start && o.End <= m.Start + Length - Lead).Select(o => o.Stem).Distinct().Count();
                if (count > bestCount)
                {
                    best = m.Start;
                    bestCount = count;
                }
            }

            start = WordStart(text, Math.Max(0, best - Lead), best);
        }

        var end = WordEnd(text, Math.Min(text.Length, start + Length), start);
        var parts = new List<SnippetPart>();
        if (start > 0)
        {
            parts.Add(new SnippetPart("… ", false));
        }

        var position = start;
        foreach (var (mStart, mEnd, _) in matches.Where(m => m.Start >= start && m.End <= end))
        {
            if (mStart < position)
            {
                continue;
            }

            if (mStart > position)
            {
                parts.Add(new SnippetPart(text[position..mStart], false));
            }

            parts.Add(new SnippetPart(text[mStart..mEnd], true));
            position = mEnd;
        }

        if (position < end)
        {
            parts.Add(new SnippetPart(text[position..end], false));
        }

        if (end < text.Length)
        {
            parts.Add(new SnippetPart(" …", false));
        }

        return parts;
    }

    private static IEnumerable<(int Start, int End, string Stem)> PhraseMatches(IReadOnlyList<Token> tokens, IReadOnlyList<string> phrase)
    {
        if (phrase.Count == 0)
        {
            yield break;
        }

        for (var i = 0; i + phrase.Count <= tokens.Count; i++)
        {
            var all = true;
            for (var j = 0; j < phrase.Count && all; j++)
            {
                all = tokens[i + j].Folded == phrase[j];
            }

            if (all)
            {
                var last = tokens[i + phrase.Count - 1];
                yield return (tokens[i].Start, last.Start + last.Length, "phrase");
            }
        }
    }

    /// <summary>The first word that starts in [index, before]; no earlier than a word the window must show.</summary>
    private static int WordStart(string text, int index, int before)
    {
        // Close to the beginning anyway: start there rather than mid-sentence.
        if (index < Lead / 2)
        {
            return 0;
        }

        var space = text.IndexOf(' ', index, before - index);
        return space < 0 ? before : space + 1;
    }

    private static int WordEnd(string text, int index, int start)
    {
        if (index >= text.Length)
        {
            return text.Length;
        }

        var space = text.LastIndexOf(' ', index);
        if (space > start)
        {
            return space;
        }

        // No space to cut at: at least never split an emoji's surrogate pair.
        return char.IsLowSurrogate(text[index]) ? index - 1 : index;
    }
}
