namespace PurePhysio.Web.Features.Search;

/// <summary>How far apart two words are, for forgiving misspellings ("sholder" → "shoulder").</summary>
internal static class EditDistance
{
    /// <summary>
    /// The edits allowed for a word of this length: none up to four letters (too many short words are
    /// one letter apart), one up to eight, two beyond.
    /// </summary>
    public static int AllowedFor(int length) => length switch
    {
        < 5 => 0,
        < 9 => 1,
        _ => 2,
    };

    /// <summary>
    /// Damerau–Levenshtein distance (optimal string alignment: insert, delete, substitute, swap two
    /// neighbours), or <c>max + 1</c> as soon as it must exceed <paramref name="max"/>.
    /// </summary>
    public static int Bounded(string a, string b, int max)
    {
        if (Math.Abs(a.Length - b.Length) > max)
        {
            return max + 1;
        }

        // Three rows on the stack for words of an indexable length (this runs for every dictionary word of a close length).
        var size = b.Length + 1;
        Span<int> rows = size * 3 <= 256 ? stackalloc int[size * 3] : new int[size * 3];
        var previous2 = rows[..size];
        var previous = rows.Slice(size, size);
        var current = rows.Slice(2 * size, size);
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMin = current[0];
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    value = Math.Min(value, previous2[j - 2] + 1);
                }

                current[j] = value;
                rowMin = Math.Min(rowMin, value);
            }

            if (rowMin > max)
            {
                return max + 1;
            }

            var oldest = previous2;
            previous2 = previous;
            previous = current;
            current = oldest;
        }

        return Math.Min(previous[b.Length], max + 1);
    }
}
