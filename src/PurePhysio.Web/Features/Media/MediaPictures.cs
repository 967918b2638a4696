using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using Microsoft.Extensions.Options;

namespace PurePhysio.Web.Features.Media;

/// <summary>Where a picture sits on the page, which decides its sizes attribute and whether it loads lazily.</summary>
internal enum PictureSlot
{
    /// <summary>The article's own picture, at the top: loaded at once (it is usually the largest element in view).</summary>
    Lead,

    /// <summary>An image inside the article text: lazy, the browser fetches it when it nears the viewport.</summary>
    Body,

    /// <summary>A card on the conditions index or home page: lazy, small.</summary>
    Card,

    /// <summary>A team member's photo at the top of their profile: loaded at once, shown 14rem wide (site.css .profile__photo).</summary>
    Portrait,

    /// <summary>A team member's photo on a /team card: shown 10rem wide (site.css .card__photo); lazy unless asked to load at once.</summary>
    PortraitCard,
}

/// <summary>
/// Writes the picture element patients get: AVIF (when enabled) and WebP sources, a JPEG or PNG img
/// fallback, srcset over the fixed widths, width and height so nothing shifts while it loads.
/// </summary>
internal sealed class MediaPictures(IOptions<MediaOptions> options)
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Default;

    /// <summary>The picture element; <c>eager</c> loads a lazy slot at once anyway, with high priority (a card in the first row, likely in view on arrival).</summary>
    public IHtmlContent Picture(MediaImageView image, PictureSlot slot, string? alt = null, bool eager = false) => new HtmlString(PictureHtml(image, slot, alt, eager));

    /// <summary>The picture with its caption and credit, if it has either, as a figure.</summary>
    public IHtmlContent Figure(MediaImageView image, PictureSlot slot, string? alt = null) => new HtmlString(FigureHtml(image, slot, alt));

    public string FigureHtml(MediaImageView image, PictureSlot slot, string? alt)
    {
        var picture = PictureHtml(image, slot, alt);
        if (image.Caption.Length == 0 && image.Credit.Length == 0)
        {
            return $"<figure class=\"media\">{picture}</figure>";
        }

        var caption = new StringBuilder();
        caption.Append(Encoder.Encode(image.Caption));
        if (image.Credit.Length > 0)
        {
            caption.Append(image.Caption.Length > 0 ? " " : "").Append("<span class=\"media__credit\">").Append(Encoder.Encode(image.Credit)).Append("</span>");
        }

        return $"<figure class=\"media\">{picture}<figcaption>{caption}</figcaption></figure>";
    }

    public string PictureHtml(MediaImageView image, PictureSlot slot, string? alt, bool eager = false)
    {
        var sizes = slot switch
        {
            PictureSlot.Card => "(min-width: 48em) 22rem, 100vw",
            PictureSlot.Portrait => "14rem",
            PictureSlot.PortraitCard => "10rem",
            _ => "(min-width: 48em) 44rem, 100vw",
        };
        // In view on arrival: fetched first (the largest element painted is often this picture); otherwise lazy.
        var loading = slot is PictureSlot.Lead or PictureSlot.Portrait || eager ? " fetchpriority=\"high\"" : " loading=\"lazy\"";
        var html = new StringBuilder("<picture>");
        if (options.Value.Avif)
        {
            AppendSource(html, image, Renditions.Avif, sizes);
        }

        AppendSource(html, image, Renditions.Webp, sizes);
        var fallback = Renditions.FallbackFor(image.HasAlpha);
        var (width, height) = Renditions.SizeAt(Renditions.DefaultWidth, image.Width, image.Height);
        html.Append("<img src=\"").Append(Renditions.Url(image.ContentHash, Renditions.DefaultWidth, fallback))
            .Append("\" srcset=\"").Append(SrcSet(image, fallback))
            .Append("\" sizes=\"").Append(sizes)
            .Append(CultureInfo.InvariantCulture, $"\" width=\"{width}\" height=\"{height}\" alt=\"")
            .Append(Encoder.Encode(image.AltFor(alt))).Append('"')
            .Append(loading)
            .Append(" decoding=\"async\"></picture>");
        return html.ToString();
    }

    private static void AppendSource(StringBuilder html, MediaImageView image, string extension, string sizes) =>
        html.Append("<source type=\"").Append(Renditions.ContentType(extension)).Append("\" srcset=\"").Append(SrcSet(image, extension))
            .Append("\" sizes=\"").Append(sizes).Append("\">");

    /// <summary>One candidate per distinct real width: a small original appears once, at its own width.</summary>
    private static string SrcSet(MediaImageView image, string extension)
    {
        var candidates = new List<string>();
        var seen = new HashSet<int>();
        foreach (var width in Renditions.Widths)
        {
            var (real, _) = Renditions.SizeAt(width, image.Width, image.Height);
            if (seen.Add(real))
            {
                candidates.Add(string.Create(CultureInfo.InvariantCulture, $"{Renditions.Url(image.ContentHash, width, extension)} {real}w"));
            }
        }

        return string.Join(", ", candidates);
    }
}
