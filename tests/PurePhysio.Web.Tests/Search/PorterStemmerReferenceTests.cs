using PurePhysio.Web.Features.Search;
using ReferencePorter = Lucene.Net.Tartarus.Snowball.Ext.PorterStemmer;

namespace PurePhysio.Web.Tests.Search;

/// <summary>
/// X
/// Snowball "porter", Martin Porter's own definition of the 1980 algorithm) for a large vocabulary:
/// every suffix the algorithm knows on hundreds of English roots, the clinic's own vocabulary, and
/// thousands of made-up words that walk the measure, vowel/y and double-consonant rules.
/// </summary>
public sealed class PorterStemmerReferenceTests
{
    private static readonly string[] Roots =
    [
        "relat", "condition", "ration", "rational", "valen", "hesit", "digit", "conform", "radic", "differ", "vietnam", "predic",
        "oper", "feudal", "decis", "hope", "callous", "sensitiv", "formal", "electr", "hop", "triplic", "form", "good", "revi",
        "allow", "inference", "airlin", "gyroscop", "adjust", "depend", "adopt", "homolog", "commun", "activ", "angular", "effect",
        "bowdler", "generat", "probat", "rate", "ceas", "control", "roll", "fall", "tann", "fizz", "fail", "fil", "hurr", "sky",
        "numb", "pain", "neck", "spine", "spinal", "cervic", "myelopath", "sciatic", "should", "shoulder", "elbow", "tennis", "plantar",
        "fasci", "stiff", "swell", "inflam", "tingl", "weak", "balanc", "walk", "run", "lift", "sit", "sleep", "gradual", "sudden",
        "chronic", "acut", "rehabilit", "manual", "therap", "physiotherap", "advis", "patient", "improv", "month", "week", "daili",
        "activ", "load", "stretch", "programm", "compress", "degener", "disc", "herni", "nerv", "root", "muscl", "tendon", "ligament",
        "joint", "recov", "assess", "postur", "injur", "movement", "strength", "treat", "symptom", "diagnos", "surgeri", "exercis",
        "happi", "sad", "agre", "feed", "plaster", "bled", "motor", "sing", "conflat", "troubl", "siz", "hiss", "fizzl", "fail",
        "file", "nation", "sens", "ador", "sour", "enjoy", "toy", "say", "obey", "cry", "fly", "ski", "tie", "dye", "eye",
        "colon", "orient", "critic", "histor", "polit", "econom", "technolog", "biolog", "psycholog", "analog", "author", "real",
        "equal", "visual", "norm", "util", "special", "general", "organ", "civil", "modern", "moral", "capit", "person", "nat",
        "abl", "ital", "evid", "resid", "confid", "depend", "insist", "exist", "persist", "assist", "resist", "consist", "pers",
        "adjust", "arrang", "replac", "engag", "encourag", "manag", "stat", "measur", "plea", "treasur", "pressur", "leisur",
        "caus", "excus", "refus", "amus", "abus", "accus", "confus", "fus", "us", "bus", "plus", "gas", "yes", "this", "his",
    ];

    private static readonly string[] Suffixes =
    [
        "", "s", "es", "ies", "ss", "sses", "ed", "ing", "eed", "at", "bl", "iz", "y", "e", "ational", "tional", "enci", "anci",
        "izer", "abli", "bli", "alli", "entli", "eli", "ousli", "ization", "ation", "ator", "alism", "iveness", "fulness", "ousness",
        "aliti", "iviti", "biliti", "logi", "icate", "ative", "alize", "iciti", "ical", "ful", "ness", "al", "ance", "ence", "er",
        "ic", "able", "ible", "ant", "ement", "ment", "ent", "sion", "tion", "ou", "ism", "ate", "iti", "ous", "ive", "ize", "ll",
        "ly", "ers", "ings", "ments", "ations", "ically", "fully", "ising", "izing", "ened", "ening", "ised", "ized", "ility", "ilities",
    ];

    [Fact]
    public void StemsLikeTheReferenceImplementationOverALargeVocabulary()
    {
        var vocabulary = Vocabulary();
        var reference = new ReferencePorter();
        var differences = new List<string>();
        foreach (var word in vocabulary)
        {
            reference.SetCurrent(word);
            reference.Stem();
            var expected = reference.Current;
            var actual = PorterStemmer.Stem(word);
            if (actual != expected)
            {
                differences.Add($"{word}: ours {actual}, reference {expected}");
            }
        }

        Assert.True(vocabulary.Count > 30_000, $"Only {vocabulary.Count} words.");
        Assert.True(differences.Count == 0, $"{differences.Count} of {vocabulary.Count} words differ, e.g.:\n" + string.Join('\n', differences.Take(40)));
    }

    private static HashSet<string> Vocabulary()
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var root in Roots)
        {
            foreach (var suffix in Suffixes)
            {
                words.Add(root + suffix);
            }
        }

        // Made-up words: consonant/vowel patterns with y and doubled letters, ending in every suffix above.
        const string consonants = "bcdfghjklmnpqrstvwxyz";
        const string vowels = "aeiouy";
        var random = new Random(1980);
        while (words.Count < 60_000)
        {
            var length = random.Next(2, 9);
            var chars = new char[length];
            for (var i = 0; i < length; i++)
            {
                var vowel = random.NextDouble() < 0.4;
                chars[i] = vowel ? vowels[random.Next(vowels.Length)] : consonants[random.Next(consonants.Length)];
                if (i > 0 && random.NextDouble() < 0.08)
                {
                    chars[i] = chars[i - 1];
                }
            }

            words.Add(new string(chars) + Suffixes[random.Next(Suffixes.Length)]);
        }

        return words;
    }
}
