namespace PurePhysio.Web.Features.Search;

/// <summary>The few lines under a result, cut around where the query's words occur, with those words marked.</summary>
internal static class Snippets
{
    public const int Length = 220;
    private const int Lead = 60;

    public static bool ContainsPhrase(string text, IReadOnlyList<string> phrase) => PhraseMatches(TextAnalyzer.Tokenize(text, static _ => false), phrase).Any();

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
        var tokens = TextAnalyzer.Tokenize(text, phrase is null ? folded => prefixes.Exists(p => folded.StartsWith(p, StringComparison.Ordinal)) : static _ => false);
        var matches = phrase is not null
            ? PhraseMatches(tokens, phrase).ToList()
            : tokens.Where(t => !TextAnalyzer.IsStopWord(t.Folded) && stems.Contains(t.Stem)).Select(t => (t.Start, End: t.Start + t.Length, t.Stem)).ToList();
        return Cut(text, text.Length, matches);
    }

    /// <summary>
    /// The snippet of a snapshot document's text (its first <paramref name="limit"/> characters), from the
    /// words tokenised when the snapshot was read: nothing is tokenised or stemmed per query.
    /// </summary>
    internal static IReadOnlyList<SnippetPart> Build(SearchSnapshot snapshot, SnapshotDocument document, int limit,
        IReadOnlyCollection<string> stems, IReadOnlyList<string>? phrase)
    {
        // The text is not copied: line breaks become spaces in the parts cut from it.
        var text = document.Text;
        if (limit == 0)
        {
            return [];
        }

        var tokens = document.Tokens.AsSpan(0, TokensWithin(document.Tokens, limit));
        var matches = new List<(int Start, int End, string Stem)>(64);
        if (phrase is not null)
        {
            if (WordIds(snapshot, phrase) is { } ids)
            {
                for (var i = IndexOfPhrase(tokens, ids, 0); i >= 0; i = IndexOfPhrase(tokens, ids, i + 1))
                {
                    var last = tokens[i + ids.Length - 1];
                    matches.Add((tokens[i].Start, last.Start + last.Length, "phrase"));
                }
            }
        }
        else
        {
            var words = new HashSet<int>();
            foreach (var stem in stems)
            {
                if (snapshot.WordsByStem.TryGetValue(stem, out var ids))
                {
                    words.UnionWith(ids);
                }
            }

            foreach (var token in tokens)
            {
                if (words.Contains(token.Word))
                {
                    matches.Add((token.Start, token.Start + token.Length, snapshot.WordStems[token.Word]));
                }
            }
        }

        return Cut(text, limit, matches);
    }

    /// <summary>Whether a snapshot document's text has the phrase's words in order.</summary>
    internal static bool ContainsPhrase(SearchSnapshot snapshot, SnapshotDocument document, IReadOnlyList<string> phrase) =>
        WordIds(snapshot, phrase) is { } ids && document.Words.AsSpan().IndexOf(ids) >= 0;

    /// <summary>The phrase's word ids, or null when a word of it is in no document's text.</summary>
    private static int[]? WordIds(SearchSnapshot snapshot, IReadOnlyList<string> phrase)
    {
        var ids = new int[phrase.Count];
        for (var i = 0; i < ids.Length; i++)
        {
            if (!snapshot.WordIds.TryGetValue(phrase[i], out ids[i]))
            {
                return null;
            }
        }

        return ids.Length == 0 ? null : ids;
    }

    private static int IndexOfPhrase(ReadOnlySpan<DocumentToken> tokens, int[] ids, int from)
    {
        for (var i = from; i + ids.Length <= tokens.Length; i++)
        {
            var j = 0;
            while (j < ids.Length && tokens[i + j].Word == ids[j])
            {
                j++;
            }

            if (j == ids.Length)
            {
                return i;
            }
        }

        return -1;
    }

    private static int TokensWithin(DocumentToken[] tokens, int limit)
    {
        var count = tokens.Length;
        while (count > 0 && tokens[count - 1].Start + tokens[count - 1].Length > limit)
        {
            count--;
        }

        return count;
    }

    /// <summary>The window of the text's first <paramref name="length"/> characters around the matches (in text order), with the matches marked.</summary>
    private static List<SnippetPart> Cut(string text, int length, List<(int Start, int End, string Stem)> matches)
    {
        var start = 0;
        if (matches.Count > 0)
        {
            // The window that shows the most different query words, earliest first.
            var best = matches[0].Start;
            var bestCount = 0;
            var inWindow = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < matches.Count; i++)
            {
                // Matches are in text order: the window starting at this one ends at the first that does not fit.
                inWindow.Clear();
                var windowEnd = matches[i].Start + Length - Lead;
                for (var j = i; j < matches.Count && matches[j].Start < windowEnd; j++)
                {
                    if (matches[j].End <= windowEnd)
                    {
                        inWindow.Add(matches[j].Stem);
                    }
                }

                if (inWindow.Count > bestCount)
                {
                    best = matches[i].Start;
                    bestCount = inWindow.Count;
                }
            }

            start = WordStart(text, Math.Max(0, best - Lead), best);
        }

        var end = WordEnd(text, length, Math.Min(length, start + Length), start);
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
                parts.Add(new SnippetPart(Part(text, position, mStart), false));
            }

            parts.Add(new SnippetPart(Part(text, mStart, mEnd), true));
            position = mEnd;
        }

        if (position < end)
        {
            parts.Add(new SnippetPart(Part(text, position, end), false));
        }

        if (end < length)
        {
            parts.Add(new SnippetPart(" …", false));
        }

        return parts;
    }

    private static string Part(string text, int start, int end) => text[start..end].Replace('\n', ' ');

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

        var space = text.AsSpan(index, before - index).IndexOfAny(' ', '\n') is var at and >= 0 ? index + at : -1;
        return space < 0 ? before : space + 1;
    }

    private static int WordEnd(string text, int length, int index, int start)
    {
        if (index >= length)
        {
            return length;
        }

        var space = text.AsSpan(0, index + 1).LastIndexOfAny(' ', '\n');
        if (space > start)
        {
            return space;
        }

        // No space to cut at: at least never split an emoji's surrogate pair.
        return char.IsLowSurrogate(text[index]) ? index - 1 : index;
    }
}
