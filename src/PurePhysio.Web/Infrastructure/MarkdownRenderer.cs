using Ganss.Xss;
using Markdig;
using Microsoft.AspNetCore.Html;
using Microsoft.Extensions.Caching.Memory;

namespace PurePhysio.Web.Infrastructure;

/// <summary>
/// Turns staff-authored Markdown into HTML that is safe to put in front of patients: raw HTML in the
/// Markdown is not passed through, and the output is sanitized (no scripts, event handlers or
/// javascript: URLs) as a second line of defence. Each distinct text is rendered once and kept
/// (bounded by size), so an article costs its rendering once per version, not once per request.
/// </summary>
public sealed class MarkdownRenderer : IDisposable
{
    // Counted in characters of Markdown plus HTML: room for a few thousand articles.
    private const long CacheSizeLimit = 64L * 1024 * 1024;

    private readonly MemoryCache _rendered = new(new MemoryCacheOptions { SizeLimit = CacheSizeLimit });

    private readonly MarkdownPipeline _pipeline = new MarkdownPipelineBuilder()
        .DisableHtml()
        .UseAutoLinks()
        .UsePipeTables()
        .UseEmphasisExtras()
        .Build();

    private readonly HtmlSanitizer _sanitizer = CreateSanitizer();

    public IHtmlContent Render(string? markdown)
    {
        if (string.IsNullOrWhiteSpace(markdown))
        {
            return HtmlString.Empty;
        }

        if (_rendered.TryGetValue(markdown, out HtmlString? cached))
        {
            return cached!;
        }

        var html = new HtmlString(_sanitizer.Sanitize(Markdown.ToHtml(markdown, _pipeline)));
        _rendered.Set(markdown, html, new MemoryCacheEntryOptions
        {
            Size = markdown.Length + html.Value!.Length,
            SlidingExpiration = TimeSpan.FromHours(12),
        });
        return html;
    }

    public void Dispose() => _rendered.Dispose();

    private static HtmlSanitizer CreateSanitizer()
    {
        var sanitizer = new HtmlSanitizer();
        sanitizer.AllowedSchemes.Clear();
        sanitizer.AllowedSchemes.Add("https");
        sanitizer.AllowedSchemes.Add("http");
        sanitizer.AllowedSchemes.Add("mailto");
        sanitizer.AllowedSchemes.Add("tel");
        sanitizer.AllowedAttributes.Remove("style");
        sanitizer.AllowedTags.Remove("form");
        sanitizer.AllowedTags.Remove("input");
        sanitizer.AllowedTags.Remove("button");
        sanitizer.AllowedTags.Remove("textarea");
        sanitizer.AllowedTags.Remove("select");
        return sanitizer;
    }
}
