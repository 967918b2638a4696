using System.Security.Cryptography;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Options;
using PurePhysio.Web.Features.Media;

namespace PurePhysio.Web.Features.Admin.Media;

/// <summary>An uploaded file that decoded as an image we accept, with its bytes and hash.</summary>
public sealed record AcceptedImage(string FileName, byte[] Bytes, string ContentHash, ImageFacts Facts);

/// <summary>Reads and judges uploaded files (shared by upload and replace): size limit first, then decoding.</summary>
public sealed class MediaUpload(ImageWork work, IOptions<MediaOptions> options)
{
    public long MaxUploadBytes => options.Value.MaxUploadBytes;

    /// <summary>The file as an accepted image, or null with the reason added to <paramref name="errors"/> under <paramref name="field"/>.</summary>
    public async Task<AcceptedImage?> AcceptAsync(IFormFile file, string field, ModelStateDictionary errors, CancellationToken cancellationToken)
    {
        var name = CleanName(file.FileName);
        if (file.Length > options.Value.MaxUploadBytes)
        {
            errors.AddModelError(field, $"{name}: the file is {Megabytes(file.Length)}; the limit is {Megabytes(options.Value.MaxUploadBytes)}.");
            return null;
        }

        using var buffer = new MemoryStream((int)file.Length);
        await file.CopyToAsync(buffer, cancellationToken);
        var bytes = buffer.ToArray();
        var verdict = await work.RunAsync(() => ImageCodec.Inspect(bytes, options.Value.MaxPixels), cancellationToken);
        if (verdict.Facts is not { } facts)
        {
            errors.AddModelError(field, $"{name}: {verdict.Problem}");
            return null;
        }

        return new AcceptedImage(name, bytes, Convert.ToHexStringLower(SHA256.HashData(bytes)), facts);
    }

    /// <summary>The file's own name without any folder a browser sent, cut to what the library stores.</summary>
    public static string CleanName(string? fileName)
    {
        var name = Path.GetFileName((fileName ?? "").Replace('\\', '/')).Trim();
        if (name.Length == 0)
        {
            name = "image";
        }

        return name.Length > Domain.MediaImage.FileNameMaxLength ? name[..Domain.MediaImage.FileNameMaxLength] : name;
    }

    private static string Megabytes(long bytes) => $"{bytes / 1048576.0:0.#} MB";
}
