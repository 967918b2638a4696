using System.Globalization;
using NetVips;

namespace PurePhysio.Web.Features.Media;

/// <summary>What decoding an upload found: the image as patients will see it (orientation applied).</summary>
public sealed record ImageFacts(string Format, int Width, int Height, bool HasAlpha);

/// <summary>An upload judged by decoding it: either the image's facts or why it was refused, in words for staff.</summary>
internal sealed record ImageVerdict(ImageFacts? Facts, string? Problem)
{
    public static ImageVerdict Refused(string problem) => new(null, problem);
}

/// <summary>
/// Everything the app asks of libvips (NetVips): judging an upload and making a rendition. Files are judged
/// by what libvips detects in their bytes, never by name or Content-Type; only four raster formats are
/// accepted, the pixel count is bounded from the header before decoding, and the whole image is then
/// decoded with errors fatal, so truncated or corrupt files are refused. See ADR 0012.
/// </summary>
internal static class ImageCodec
{
    // libvips loader name (as detected from the bytes) -> our format name. Anything else, including SVG,
    // PDF, GIF, TIFF and everything ImageMagick could read, is refused before a loader runs.
    private static readonly Dictionary<string, string> AcceptedLoaders = new(StringComparer.Ordinal)
    {
        ["VipsForeignLoadJpegBuffer"] = "jpeg",
        ["VipsForeignLoadPngBuffer"] = "png",
        ["VipsForeignLoadWebpBuffer"] = "webp",
        ["VipsForeignLoadHeifBuffer"] = "avif",
    };

    static ImageCodec()
    {
        // Loaders libvips itself marks as unsafe for untrusted input are switched off as a second line of defence.
        NetVips.NetVips.BlockUntrusted = true;
        // No operation cache: every rendition is made once and stored, so cached pipelines would only hold memory.
        Cache.Max = 0;
        Cache.MaxMem = 0;
        Cache.MaxFiles = 0;
    }

    public static ImageVerdict Inspect(byte[] bytes, long maxPixels)
    {
        if (bytes.Length == 0)
        {
            return ImageVerdict.Refused("The file is empty (0 bytes).");
        }

        string? loader;
        try
        {
            loader = Image.FindLoadBuffer(bytes);
        }
        catch (VipsException)
        {
            loader = null;
        }

        if ((loader is not null && loader.StartsWith("VipsForeignLoadSvg", StringComparison.Ordinal)) || LooksLikeSvg(bytes))
        {
            return ImageVerdict.Refused("SVG drawings are not accepted: they can carry scripts. Export it as PNG and upload that.");
        }

        if (loader is null || !AcceptedLoaders.TryGetValue(loader, out var format))
        {
            return ImageVerdict.Refused("This is not a JPEG, PNG, WebP or AVIF image (whatever its name says). Save it as JPEG or PNG and upload that.");
        }

        try
        {
            // Reads the header only: the pixel count is checked before any pixel is decoded.
            using var image = Image.NewFromBuffer(bytes, access: Enums.Access.Sequential, failOn: Enums.FailOn.Error);
            var pixels = (long)image.Width * image.Height;
            if (pixels > maxPixels)
            {
                return ImageVerdict.Refused(string.Create(CultureInfo.InvariantCulture,
                    $"The image declares {image.Width:N0} x {image.Height:N0} pixels; the limit is {maxPixels / 1_000_000.0:0.#} megapixels. Make it smaller and upload it again."));
            }

            if (format == "avif" && image.GetTypeOf("heif-compression") != 0 && image.Get("heif-compression") as string != "av1")
            {
                return ImageVerdict.Refused("HEIC photos cannot be read here. Export the photo as JPEG and upload that.");
            }

            // Decode every pixel with errors fatal: a truncated or corrupt file fails here, not on a patient's page.
            _ = image.Avg();
            var rotated = OrientationSwapsSides(image);
            return new ImageVerdict(new ImageFacts(format, rotated ? image.Height : image.Width, rotated ? image.Width : image.Height, image.HasAlpha()), null);
        }
        catch (VipsException)
        {
            return ImageVerdict.Refused("The file is damaged or incomplete and cannot be decoded. Export it again and upload the new file.");
        }
    }

    /// <summary>
    /// One rendition: orientation applied, resized (never enlarged) to the width, every piece of metadata
    /// (EXIF, GPS, XMP, IPTC, camera serial) left out.
    /// </summary>
    public static byte[] Render(byte[] original, int width, string extension)
    {
        using var thumbnail = Image.ThumbnailBuffer(original, width, height: 100_000, size: Enums.Size.Down,
            outputProfile: "srgb", failOn: Enums.FailOn.Error);
        return extension switch
        {
            Renditions.Webp => thumbnail.WebpsaveBuffer(q: 80, keep: Enums.ForeignKeep.None),
            Renditions.Avif => thumbnail.HeifsaveBuffer(q: 55, compression: Enums.ForeignHeifCompression.Av1, effort: 2, keep: Enums.ForeignKeep.None),
            Renditions.Png => thumbnail.PngsaveBuffer(compression: 9, keep: Enums.ForeignKeep.None),
            _ => FlattenForJpeg(thumbnail),
        };
    }

    private static byte[] FlattenForJpeg(Image image)
    {
        if (!image.HasAlpha())
        {
            return image.JpegsaveBuffer(q: 82, optimizeCoding: true, interlace: true, keep: Enums.ForeignKeep.None);
        }

        using var flat = image.Flatten(background: [255, 255, 255]);
        return flat.JpegsaveBuffer(q: 82, optimizeCoding: true, interlace: true, keep: Enums.ForeignKeep.None);
    }

    /// <summary>SVG is text: an XML document whose root is svg. Named only to give staff the right advice.</summary>
    private static bool LooksLikeSvg(byte[] bytes)
    {
        var head = System.Text.Encoding.UTF8.GetString(bytes, 0, Math.Min(bytes.Length, 1024));
        return head.TrimStart('\uFEFF', ' ', '\t', '\r', '\n').StartsWith('<') && head.Contains("<svg", StringComparison.OrdinalIgnoreCase);
    }

    private static bool OrientationSwapsSides(Image image) =>
        image.GetTypeOf("orientation") != 0 && image.Get("orientation") is int orientation && orientation is >= 5 and <= 8;
}
