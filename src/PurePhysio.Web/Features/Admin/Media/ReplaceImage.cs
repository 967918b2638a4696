using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using PurePhysio.Web.Data;
using PurePhysio.Web.Features.Admin.Audit;

namespace PurePhysio.Web.Features.Admin.Media;

public enum ReplaceOutcome
{
    Replaced,
    Invalid,
    NotFound,
}

/// <summary>
/// Puts a new file behind an existing image: its uses (pictures, Markdown references) follow because they
/// refer to the image's id; the new content hash gives every rendition a new URL.
/// </summary>
public sealed class ReplaceImage(ClinicDbContext db, MediaUpload upload, AuditLog audit, TimeProvider time)
{
    public const string FileField = "File";

    public async Task<ReplaceOutcome> HandleAsync(int id, IFormFile? file, ModelStateDictionary errors, CancellationToken cancellationToken)
    {
        var image = await db.MediaImages.Include(m => m.File).FirstOrDefaultAsync(m => m.Id == id, cancellationToken);
        if (image is null)
        {
            return ReplaceOutcome.NotFound;
        }

        if (file is null)
        {
            errors.AddModelError(FileField, "Choose the new image file.");
            return ReplaceOutcome.Invalid;
        }

        if (await upload.AcceptAsync(file, FileField, errors, cancellationToken) is not { } accepted)
        {
            return ReplaceOutcome.Invalid;
        }

        image.FileName = accepted.FileName;
        image.Width = accepted.Facts.Width;
        image.Height = accepted.Facts.Height;
        image.HasAlpha = accepted.Facts.HasAlpha;
        image.Format = accepted.Facts.Format;
        image.ByteLength = accepted.Bytes.LongLength;
        image.ContentHash = accepted.ContentHash;
        image.UpdatedAt = time.GetUtcNow();
        image.File!.Bytes = accepted.Bytes;
        audit.Add(MediaUsages.AuditActions.Replaced, $"Image “{image.FileName}”", $"{image.Width} x {image.Height} {image.Format}");
        await db.SaveChangesAsync(cancellationToken);
        return ReplaceOutcome.Replaced;
    }
}
