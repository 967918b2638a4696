using AngleSharp.Html.Parser;
using PurePhysio.Web.Infrastructure;

namespace PurePhysio.Web.Tests.Pages;

public sealed class MarkdownRendererTests : IDisposable
{
    private readonly MarkdownRenderer _renderer = new();

    public void Dispose() => _renderer.Dispose();

    private AngleSharp.Html.Dom.IHtmlDocument Render(string markdown)
    {
        using var writer = new StringWriter();
        _renderer.Render(markdown).WriteTo(writer, System.Text.Encodings.Web.HtmlEncoder.Default);
        return new HtmlParser().ParseDocument(writer.ToString());
    }

    [Fact]
    public void HeadingsListsAndLinksBecomeHtml()
    {
        var doc = Render("## Treatment\n\n- one\n- two\n\n[NHS](https://www.nhs.uk/)");

        Assert.Equal("Treatment", doc.QuerySelector("h2")!.TextContent);
        Assert.Equal(2, doc.QuerySelectorAll("ul li").Length);
        Assert.Equal("https://www.nhs.uk/", doc.QuerySelector("a")!.GetAttribute("href"));
    }

    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("<img src=x onerror=alert(1)>")]
    [InlineData("[click](javascript:alert(1))")]
    [InlineData("<a href=\"javascript:alert(1)\">x</a>")]
    [InlineData("<iframe src=\"https://evil.example\"></iframe>")]
    public void ScriptsEventHandlersAndJavascriptUrlsNeverComeThrough(string markdown)
    {
        var doc = Render(markdown);

        Assert.Empty(doc.QuerySelectorAll("script, iframe, img[onerror]"));
        Assert.DoesNotContain(doc.QuerySelectorAll("[href]"), e => e.GetAttribute("href")!.Contains("javascript", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(doc.All, e => e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase)));
    }
}
