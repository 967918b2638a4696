using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using PurePhysio.Web.Data;
using PurePhysio.Web.Domain;
using PurePhysio.Web.Features.Admin.Audit;
using PurePhysio.Web.Features.Media;

namespace PurePhysio.Web.Features.Admin.Media;

/// <summary>The image's description form, with what the page around it shows (preview, size, where used).</summary>
public sealed class EditImageViewModel : IImageDescription
{
    public int Id { get; set; }

    [StringLength(MediaImage.AltTextMaxLength, ErrorMessage = "Keep the alt text under {1} characters.")]
    public string? AltText { get; set; }

    public bool IsDecorative { get; set; }

    [StringLength(MediaImage.CaptionMaxLength, ErrorMessage = "Keep the caption under {1} characters.")]
    public string? Caption { get; set; }

    [StringLength(MediaImage.CreditMaxLength, ErrorMessage = "Keep the credit under {1} characters.")]
    public string? Credit { get; set; }

    public string FileName { get; set; } = "";
    public MediaImageView? Image { get; set; }
    public string Format { get; set; } = "";
    public long ByteLength { get; set; }
    public IReadOnlyList<MediaUsage> Usages { get; set; } = [];
    public long MaxUploadBytes { get; set; }
}

/// <summary>Shows and saves an image's alt text, decorative flag, caption and credit.</summary>
public sealed class EditImage(ClinicDbContext db, MediaUsages usages, MediaUpload upload, AuditLog audit, TimeProvider time)
{
    public async Task<EditImageViewModel?> FindAsync(int id, CancellationToken cancellationToken)
    {
        var image = await db.MediaImages.AsNoTracking().FirstOrDefaultAsync(m => m.Id == id, cancellationToken);
        if (image is null)
        {
            return null;
        }

        return await CompleteAsync(new EditImageViewModel
        {
            Id = id,
            AltText = image.AltText,
            IsDecorative = image.IsDecorative,
            Caption = image.Caption,
            Credit = image.Credit,
        }, cancellationToken);
    }

    /// <summary>Fills the read-only parts of the form (after a failed post, too); null when the image is gone.</summary>
    public async Task<EditImageViewModel?> CompleteAsync(EditImageViewModel model, CancellationToken cancellationToken)
    {
        var image = await db.MediaImages.AsNoTracking().FirstOrDefaultAsync(m => m.Id == model.Id, cancellationToken);
        if (image is null)
        {
            return null;
        }

        model.FileName = image.FileName;
        model.Format = image.Format;
        model.ByteLength = image.ByteLength;
        model.Image = new MediaImageView(image.Id, image.ContentHash, image.Width, image.Height, image.HasAlpha, image.AltText, image.IsDecorative, image.Caption, image.Credit);
        model.Usages = await usages.FindAsync(image.Id, cancellationToken);
        model.MaxUploadBytes = upload.MaxUploadBytes;
        return model;
    }

    /// <summary>False when the image no longer exists; validation problems go into <paramref name="errors"/>.</summary>
    public async Task<bool> HandleAsync(EditImageViewModel model, ModelStateDictionary errors, CancellationToken cancellationToken)
    {
        var image = await db.MediaImages.FirstOrDefaultAsync(m => m.Id == model.Id, cancellationToken);
        if (image is null)
        {
            return false;
        }

        var alt = model.AltText?.Trim() ?? "";
        if (!model.IsDecorative && alt.Length == 0)
        {
            errors.AddModelError(nameof(model.AltText), "Describe what the image shows (alt text), or tick “decorative” if it adds nothing a reader needs.");
        }

        if (!errors.IsValid)
        {
            return true;
        }

        image.AltText = model.IsDecorative ? "" : alt;
        image.IsDecorative = model.IsDecorative;
        image.Caption = model.Caption?.Trim() ?? "";
        image.Credit = model.Credit?.Trim() ?? "";
        image.UpdatedAt = time.GetUtcNow();
        audit.Add(MediaUsages.AuditActions.Updated, $"Image “{image.FileName}”");
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}
