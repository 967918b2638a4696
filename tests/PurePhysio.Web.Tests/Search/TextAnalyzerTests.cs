using PurePhysio.Web.Features.Search;

namespace PurePhysio.Web.Tests.Search;

public sealed class TextAnalyzerTests
{
    [Theory]
    [InlineData("symptoms", "symptom")]
    [InlineData("numbness", "numb")]
    [InlineData("caresses", "caress")]
    [InlineData("ponies", "poni")]
    [InlineData("hopping", "hop")]
    [InlineData("relational", "relat")]
    [InlineData("generalizations", "gener")]
    [InlineData("worsening", "worsen")]
    [InlineData("hands", "hand")]
    public void PorterStemmerReducesWordFormsToOneStem(string word, string stem) =>
        Assert.Equal(stem, PorterStemmer.Stem(word));

    [Theory]
    [InlineData("sensational")]
    [InlineData("conflated")]
    [InlineData("happy")]
    [InlineData("fluency")]
    [InlineData("possibly")]
    [InlineData("sensitivity")]
    [InlineData("organization")]
    [InlineData("triplicate")]
    [InlineData("agreed")]
    [InlineData("hopping")]
    [InlineData("ponies")]
    public void StemWithoutItsLastLetterStartsTheWord(string word)
    {
        // Snippets rely on this to stem only the words that can match.
        var stem = PorterStemmer.Stem(word);

        Assert.StartsWith(stem[..^1], word, StringComparison.Ordinal);
    }

    [Fact]
    public void FoldingIgnoresCaseAndAccents()
    {
        var terms = TextAnalyzer.Terms("CAFÉ Naïve Straße Myélopathy").ToList();

        Assert.Equal(TextAnalyzer.Terms("cafe naive strasse myelopathy"), terms);
    }

    [Fact]
    public void TokensKeepTheirPositionInTheOriginalText()
    {
        const string text = "Pain, numbness & “pins and needles” 😀 in the hands.";

        var tokens = TextAnalyzer.Tokenize(text);

        Assert.All(tokens, t => Assert.Equal(t.Folded, TextAnalyzer.Fold(text.AsSpan(t.Start, t.Length))));
        Assert.Equal(["pain", "numbness", "pins", "and", "needles", "in", "the", "hands"], tokens.Select(t => t.Folded));
    }

    [Fact]
    public void PunctuationEmojiAndStopWordsGiveNoTerms() =>
        Assert.Empty(TextAnalyzer.Terms("\"'; -- 😀 <> the and of"));
}
