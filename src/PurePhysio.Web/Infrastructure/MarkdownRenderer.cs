using System.Globalization;
using Ganss.Xss;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Microsoft.AspNetCore.Html;
using Microsoft.Extensions.Caching.Memory;
using PurePhysio.Web.Features.Media;

namespace PurePhysio.Web.Infrastructure;

/// <summary>
/// Turns staff-authored Markdown into HTML that is safe to put in front of patients: raw HTML in the
/// Markdown is not passed through, and the output is sanitized (no scripts, event handlers or
/// javascript: URLs) as a second line of defence. Each distinct text is rendered once and kept
/// (bounded by size), so an article costs its rendering once per version, not once per request.
/// Images from the media library (<c>![alt](media:12)</c>) become responsive pictures, written by
/// <see cref="MediaPictures"/> after sanitizing; texts with them are not kept (their pictures change
/// when staff replace or describe an image; the pages that show them are output-cached anyway).
/// </summary>
internal sealed class MarkdownRenderer(MediaPictures? pictures = null) : IDisposable
{
    public const string MediaScheme = "media:";

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

    /// <summary>As <see cref="Render(string?)"/>; <c>media:ID</c> images come from <paramref name="images"/> (see <see cref="MediaLookup"/>), others render nothing.</summary>
    public IHtmlContent Render(string? markdown, IReadOnlyDictionary<int, MediaImageView>? images)
    {
        if (string.IsNullOrWhiteSpace(markdown) || !markdown.Contains(MediaScheme, StringComparison.OrdinalIgnoreCase))
        {
            return Render(markdown);
        }

        var document = Markdig.Markdown.Parse(markdown, _pipeline);
        // Library images are swapped for placeholders the sanitizer passes as text; the nonce keeps anyone
        // from typing a placeholder into the Markdown.
        var nonce = Guid.NewGuid().ToString("N");
        var placeholders = new List<(string Token, string? Html)>();
        foreach (var link in document.Descendants<LinkInline>().Where(l => l.IsImage && l.Url?.StartsWith(MediaScheme, StringComparison.OrdinalIgnoreCase) == true).ToList())
        {
            var token = $"pp-media-{nonce}-{placeholders.Count}";
            var alt = string.Concat(link.Descendants<LiteralInline>().Select(l => l.Content.ToString()));
            string? pictureHtml = null;
            if (pictures is not null && images is not null
                && int.TryParse(link.Url.AsSpan(MediaScheme.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var id)
                && images.TryGetValue(id, out var image))
            {
                pictureHtml = link.Parent is { Parent: null, ParentBlock: ParagraphBlock } root && root.FirstChild == link && link.NextSibling is null
                    ? pictures.FigureHtml(image, PictureSlot.Body, alt)
                    : pictures.PictureHtml(image, PictureSlot.Body, alt);
            }

            placeholders.Add((token, pictureHtml));
            // Without its children: the alt text is in the picture, not beside it.
            link.ReplaceBy(new LiteralInline(token), copyChildren: false);
        }

        using var writer = new StringWriter();
        var renderer = new Markdig.Renderers.HtmlRenderer(writer);
        _pipeline.Setup(renderer);
        renderer.Render(document);
        writer.Flush();
        var html = _sanitizer.Sanitize(writer.ToString());
        foreach (var (token, picture) in placeholders)
        {
            // An image alone in its paragraph became a figure, which may not sit inside a <p>.
            html = html.Replace($"<p>{token}</p>", picture ?? "", StringComparison.Ordinal)
                .Replace(token, picture ?? "", StringComparison.Ordinal);
        }

        return new HtmlString(html);
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
