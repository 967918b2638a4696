namespace PurePhysio.Web.Features.Media;

/// <summary>
/// The only renditions the server makes: five widths in WebP, AVIF (when enabled) and a JPEG or PNG fallback.
/// No request can ask for another size or format, so the cache and the work stay bounded.
/// </summary>
internal static class Renditions
{
    public static readonly IReadOnlyList<int> Widths = [320, 640, 960, 1280, 1920];

    /// <summary>The width whose file is the img src for browsers that ignore srcset, and for og:image.</summary>
    public const int DefaultWidth = 960;

    public const string Webp = "webp";
    public const string Avif = "avif";
    public const string Jpeg = "jpg";
    public const string Png = "png";

    public static readonly IReadOnlyList<string> Extensions = [Avif, Webp, Jpeg, Png];

    public static bool IsKnown(int width, string extension) => Widths.Contains(width) && Extensions.Contains(extension);

    public static string ContentType(string extension) => extension switch
    {
        Avif => "image/avif",
        Webp => "image/webp",
        Png => "image/png",
        _ => "image/jpeg",
    };

    /// <summary>The fallback format for browsers without WebP: PNG keeps transparency, JPEG for everything else.</summary>
    public static string FallbackFor(bool hasAlpha) => hasAlpha ? Png : Jpeg;

    /// <summary>The rendition's real pixel size: images are never enlarged, so a small original stays its own size.</summary>
    public static (int Width, int Height) SizeAt(int width, int originalWidth, int originalHeight)
    {
        var w = Math.Min(width, originalWidth);
        var h = Math.Max(1, (int)Math.Round(originalHeight * (double)w / originalWidth, MidpointRounding.AwayFromZero));
        return (w, h);
    }

    /// <summary>Content-addressed URL: the hash changes when staff replace the file, so the URL can be cached for ever.</summary>
    public static string Url(string contentHash, int width, string extension) => $"/media/{contentHash}-{width}.{extension}";
}

/// <summary>The rendition used when a page is shared (og:image, twitter:image, JSON-LD): a JPEG or PNG every crawler reads.</summary>
internal static class ShareImage
{
    public const int Width = 1280;

    public static string Path(MediaImageView image) => Renditions.Url(image.ContentHash, Width, Renditions.FallbackFor(image.HasAlpha));

    public static (int Width, int Height) Size(MediaImageView image) => Renditions.SizeAt(Width, image.Width, image.Height);
}
