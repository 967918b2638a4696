using System.Buffers;
using System.Globalization;
using System.Text;

namespace PurePhysio.Web.Features.Search;

/// <summary>A word as it appears in a text: where it is, its folded form (lower case, no accents) and its stem.</summary>
internal readonly record struct Token(int Start, int Length, string Folded, string Stem);

/// <summary>
/// Turns text into search terms the same way for documents and queries: words are runs of letters and
/// digits, folded to lower case without accents ("É" → "e", "ß" → "ss"), and stemmed with
/// <see cref="PorterStemmer"/> so that word forms meet ("numbness" and "numb" → "numb").
/// </summary>
internal static class TextAnalyzer
{
    /// <summary>Bump when tokenising or stemming changes: every document is then re-indexed at start-up.</summary>
    public const int Version = 3; // 2: postings keep their word forms, alternative names join the title; 3: Porter as published in 1980 (abli, no logi)

    public const int MaxTermLength = 40;

    // Words too common to tell documents apart. Kept short: in medical text little words can matter.
    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "a", "an", "and", "are", "as", "at", "be", "by", "for", "from", "has", "have", "in", "is", "it", "its",
        "of", "on", "or", "that", "the", "this", "to", "was", "were", "will", "with",
    };

    private static readonly SearchValues<char> AsciiWordChars =
        SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789");

    /// <param name="text">Any text.</param>
    /// <param name="mayMatch">When given, only words it accepts (by folded form) are stemmed; the others get an empty stem.</param>
    public static IReadOnlyList<Token> Tokenize(string? text, Func<string, bool>? mayMatch = null)
    {
        var tokens = new List<Token>();
        if (string.IsNullOrEmpty(text))
        {
            return tokens;
        }

        var i = 0;
        while (i < text.Length)
        {
            if (!IsWordChar(text, i))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && (IsWordChar(text, i) || IsInnerApostrophe(text, i)))
            {
                i++;
            }

            var folded = Fold(text.AsSpan(start, i - start));
            if (folded.Length is > 0 and <= MaxTermLength)
            {
                var stem = mayMatch is null || mayMatch(folded) ? PorterStemmer.Stem(folded) : "";
                tokens.Add(new Token(start, i - start, folded, stem));
            }
        }

        return tokens;
    }

    /// <summary>The stems worth indexing or looking up: no stop words.</summary>
    public static IEnumerable<string> Terms(string? text) =>
        Tokenize(text).Where(t => !StopWords.Contains(t.Folded)).Select(t => t.Stem);

    public static bool IsStopWord(string folded) => StopWords.Contains(folded);

    /// <summary>Lower case, accents removed, apostrophes dropped ("Patient's" → "patients" → stem "patient").</summary>
    public static string Fold(ReadOnlySpan<char> word)
    {
        // Most words are plain ASCII: skip Unicode normalisation for them (it dominates snippet building).
        if (!word.ContainsAnyExcept(AsciiWordChars))
        {
            return word.ToString().ToLowerInvariant();
        }

        var decomposed = word.ToString().ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            switch (c)
            {
                case 'ß': builder.Append("ss"); break;
                case 'æ': builder.Append("ae"); break;
                case 'œ': builder.Append("oe"); break;
                case 'ø': builder.Append('o'); break;
                case 'ł': builder.Append('l'); break;
                case 'đ': builder.Append('d'); break;
                case 'þ': builder.Append("th"); break;
                case '\'' or '’':
                    break;
                default:
                    if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    private static bool IsWordChar(string text, int i) =>
        char.IsLetterOrDigit(text[i]) || (i > 0 && CharUnicodeInfo.GetUnicodeCategory(text[i]) == UnicodeCategory.NonSpacingMark && char.IsLetter(text[i - 1]));

    private static bool IsInnerApostrophe(string text, int i) =>
        text[i] is '\'' or '’' && i + 1 < text.Length && char.IsLetter(text[i + 1]) && i > 0 && char.IsLetter(text[i - 1]);
}
