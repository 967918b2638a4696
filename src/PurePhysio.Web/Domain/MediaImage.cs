namespace PurePhysio.Web.Domain;

/// <summary>
/// An image in the media library: what staff describe (alt text, caption, credit) and what the decoder
/// found (size, format). The uploaded file itself is in <see cref="MediaImageFile"/> so that listing
/// images never reads their bytes.
/// </summary>
public class MediaImage
{
    public const int FileNameMaxLength = 200;
    public const int AltTextMaxLength = 300;
    public const int CaptionMaxLength = 500;
    public const int CreditMaxLength = 200;
    public const int ContentHashLength = 64;

    public int Id { get; set; }

    /// <summary>The name the file had on the uploader's computer; shown and searched in the library only.</summary>
    public required string FileName { get; set; }

    /// <summary>What the image shows, for people who cannot see it. Empty when not yet written or decorative.</summary>
    public string AltText { get; set; } = "";

    /// <summary>Purely decorative: rendered with alt="" so screen readers skip it.</summary>
    public bool IsDecorative { get; set; }

    public string Caption { get; set; } = "";
    public string Credit { get; set; } = "";

    /// <summary>Width and height after the EXIF orientation is applied (as patients see it).</summary>
    public int Width { get; set; }
    public int Height { get; set; }

    /// <summary>Has transparency: the fallback rendition is PNG rather than JPEG.</summary>
    public bool HasAlpha { get; set; }

    /// <summary>The decoder's name for the original's format: jpeg, png, webp or avif.</summary>
    public required string Format { get; set; }

    public long ByteLength { get; set; }

    /// <summary>SHA-256 of the original file (hex); rendition URLs carry it, so a replaced file gets new URLs.</summary>
    public required string ContentHash { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>Ready to be shown to patients: it has alt text or is marked decorative.</summary>
    public bool IsDescribed => IsDecorative || AltText.Length > 0;

    public MediaImageFile? File { get; set; }
}
