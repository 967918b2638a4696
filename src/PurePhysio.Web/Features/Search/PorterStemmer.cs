using SnowballPorter = Lucene.Net.Tartarus.Snowball.Ext.PorterStemmer;

namespace PurePhysio.Web.Features.Search;

/// <summary>
/// M. F. Porter's 1980 suffix-stripping algorithm for English ("symptoms" → "symptom",
/// "numbness" → "numb"), as Lucene.NET's Snowball "porter" implements it (ADR 0014: our hand-written
/// one followed Porter's later C version, which differs on about 2% of words). Input must already be
/// lower case ASCII letters; anything else is returned as it is.
/// </summary>
internal static class PorterStemmer
{
    // The Snowball stemmer keeps state per call: one per thread.
    [ThreadStatic]
    private static SnowballPorter? _stemmer;

    public static string Stem(string word)
    {
        if (word.Length == 0 || !word.All(c => c is >= 'a' and <= 'z'))
        {
            return word;
        }

        var stemmer = _stemmer ??= new SnowballPorter();
        stemmer.SetCurrent(word);
        stemmer.Stem();
        return stemmer.Current;
    }
}
