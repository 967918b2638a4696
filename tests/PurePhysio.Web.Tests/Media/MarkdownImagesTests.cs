using AngleSharp.Html.Parser;
using Microsoft.Extensions.Options;
using PurePhysio.Web.Features.Media;
using PurePhysio.Web.Infrastructure;

namespace PurePhysio.Web.Tests.Media;

public sealed class MarkdownImagesTests
{
    private static readonly MediaImageView Diagram = new(7, new string('c', 64), 1200, 800, false, "Library alt", false, "Where the nerve runs", "Drawing: staff");

    private static AngleSharp.Html.Dom.IHtmlDocument Render(string markdown, bool avif = false)
    {
        using var renderer = new MarkdownRenderer(new MediaPictures(Options.Create(new MediaOptions { Avif = avif })));
        using var writer = new StringWriter();
        renderer.Render(markdown, new Dictionary<int, MediaImageView> { [7] = Diagram }).WriteTo(writer, System.Text.Encodings.Web.HtmlEncoder.Default);
        return new HtmlParser().ParseDocument(writer.ToString());
    }

    [Fact]
    public void AnImageAloneInItsParagraphBecomesAFigureWithCaptionAndCredit()
    {
        var doc = Render("Intro.\n\n![](media:7)\n\nAfter.");

        var figure = doc.QuerySelector("figure")!;
        Assert.Null(figure.Closest("p"));
        Assert.Equal("Library alt", figure.QuerySelector("img")!.GetAttribute("alt"));
        Assert.Contains("Where the nerve runs", figure.QuerySelector("figcaption")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Drawing: staff", figure.QuerySelector(".media__credit")!.TextContent);
    }

    [Fact]
    public void MarkdownAltTextWinsAndAvifIsOfferedOnlyWhenEnabled()
    {
        var doc = Render("See ![The sciatic nerve](media:7) here.");
        Assert.Equal("The sciatic nerve", doc.QuerySelector("p picture img")!.GetAttribute("alt"));
        Assert.Null(doc.QuerySelector("source[type='image/avif']"));
        Assert.NotNull(Render("![x](media:7)", avif: true).QuerySelector("source[type='image/avif']"));
    }

    [Theory]
    [InlineData("![x](media:8)")]
    [InlineData("![x](media:abc)")]
    public void AnImageNotInTheLibraryRendersNothing(string markdown) =>
        Assert.Empty(Render(markdown).QuerySelectorAll("img, picture"));

    [Fact]
    public void PlaceholdersCannotBeTypedIntoTheText()
    {
        // The placeholder carries a fresh random nonce per rendering, so text that imitates one stays text.
        var doc = Render("pp-media-00000000000000000000000000000000-0 and ![](media:7)");
        Assert.Single(doc.QuerySelectorAll("picture"));
        Assert.Contains("pp-media-00000000000000000000000000000000-0", doc.Body!.TextContent, StringComparison.Ordinal);
    }
}
