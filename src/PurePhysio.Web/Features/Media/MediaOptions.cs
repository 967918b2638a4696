using System.ComponentModel.DataAnnotations;

namespace PurePhysio.Web.Features.Media;

/// <summary>The <c>Media</c> section: upload limits and how much image work may run at once.</summary>
public sealed class MediaOptions
{
    public const string SectionName = "Media";

    /// <summary>Largest file accepted per image, in bytes (default 20 MB).</summary>
    [Range(1024, 200L * 1024 * 1024)]
    public long MaxUploadBytes { get; set; } = 20L * 1024 * 1024;

    /// <summary>Most files in one upload.</summary>
    [Range(1, 50)]
    public int MaxFilesPerUpload { get; set; } = 10;

    /// <summary>
    /// Largest image accepted, in pixels (default 50 megapixels), checked from the file's header before any
    /// pixel is decoded: a small file that declares 50,000 x 50,000 pixels is refused without using memory.
    /// </summary>
    [Range(1_000_000, 200_000_000)]
    public long MaxPixels { get; set; } = 50_000_000;

    /// <summary>Image decodes/encodes that may run at once in this instance, so uploads cannot starve page serving.</summary>
    [Range(1, 16)]
    public int MaxConcurrentEncodes { get; set; } = 1;

    /// <summary>Also offer AVIF renditions (slower to make, smaller to send). See docs/benchmarks.md.</summary>
    public bool Avif { get; set; }

    /// <summary>Where this instance keeps its renditions; relative paths are resolved against the data folder.</summary>
    public string CachePath { get; set; } = "media-cache";
}
