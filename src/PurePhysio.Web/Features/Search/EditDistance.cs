namespace PurePhysio.Web.Features.Search;

/// <summary>How far apart two words are, for forgiving misspellings ("sholder" → "shoulder").</summary>
public static class EditDistance
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

        var previous2 = new int[b.Length + 1];
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
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

            (previous2, previous, current) = (previous, current, previous2);
        }

        return Math.Min(previous[b.Length], max + 1);
    }
}
