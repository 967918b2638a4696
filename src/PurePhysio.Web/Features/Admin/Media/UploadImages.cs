using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Options;
using PurePhysio.Web.Data;
using PurePhysio.Web.Domain;
using PurePhysio.Web.Features.Admin.Audit;
using PurePhysio.Web.Features.Media;

namespace PurePhysio.Web.Features.Admin.Media;

/// <summary>The upload form: one or several files; for a single file its description too.</summary>
public sealed class UploadImagesCommand : IImageDescription
{
    [Display(Name = "Images (JPEG, PNG, WebP or AVIF)")]
    public List<IFormFile> Files { get; set; } = [];

    [StringLength(MediaImage.AltTextMaxLength, ErrorMessage = "Keep the alt text under {1} characters.")]
    public string? AltText { get; set; }

    public bool IsDecorative { get; set; }

    [StringLength(MediaImage.CaptionMaxLength, ErrorMessage = "Keep the caption under {1} characters.")]
    public string? Caption { get; set; }

    [StringLength(MediaImage.CreditMaxLength, ErrorMessage = "Keep the credit under {1} characters.")]
    public string? Credit { get; set; }

    /// <summary>For the form: the configured limit per file.</summary>
    public long MaxUploadBytes { get; set; }
}

/// <summary>
/// Stores uploaded images after each has been judged by decoding it. All or nothing: when any file is
/// refused, none is stored and the form lists every problem by file name.
/// </summary>
public sealed class UploadImages(ClinicDbContext db, MediaUpload upload, IOptions<MediaOptions> options, AuditLog audit, TimeProvider time)
{
    public UploadImagesCommand NewForm() => new() { MaxUploadBytes = upload.MaxUploadBytes };

    /// <summary>The ids of the stored images, or null when the form has errors (in <paramref name="errors"/>).</summary>
    public async Task<IReadOnlyList<int>?> HandleAsync(UploadImagesCommand command, ModelStateDictionary errors, CancellationToken cancellationToken)
    {
        command.MaxUploadBytes = upload.MaxUploadBytes;
        var files = command.Files.Where(f => f is not null).ToList();
        if (files.Count == 0)
        {
            errors.AddModelError(nameof(command.Files), "Choose one or more images to upload.");
        }
        else if (files.Count > options.Value.MaxFilesPerUpload)
        {
            errors.AddModelError(nameof(command.Files), $"Upload at most {options.Value.MaxFilesPerUpload} images at a time.");
        }

        var alt = command.AltText?.Trim() ?? "";
        // With one file the form describes it, so alt text is required now; several files are described one by one afterwards.
        if (files.Count == 1 && !command.IsDecorative && alt.Length == 0)
        {
            errors.AddModelError(nameof(command.AltText), "Describe what the image shows (alt text), or tick “decorative” if it adds nothing a reader needs.");
        }

        if (!errors.IsValid)
        {
            return null;
        }

        var accepted = new List<AcceptedImage>();
        foreach (var file in files)
        {
            if (await upload.AcceptAsync(file, nameof(command.Files), errors, cancellationToken) is { } image)
            {
                accepted.Add(image);
            }
        }

        if (!errors.IsValid)
        {
            return null;
        }

        var now = time.GetUtcNow();
        var single = accepted.Count == 1;
        var entities = accepted.Select(a => new MediaImage
        {
            FileName = a.FileName,
            AltText = single && !command.IsDecorative ? alt : "",
            IsDecorative = single && command.IsDecorative,
            Caption = single ? command.Caption?.Trim() ?? "" : "",
            Credit = single ? command.Credit?.Trim() ?? "" : "",
            Width = a.Facts.Width,
            Height = a.Facts.Height,
            HasAlpha = a.Facts.HasAlpha,
            Format = a.Facts.Format,
            ByteLength = a.Bytes.LongLength,
            ContentHash = a.ContentHash,
            CreatedAt = now,
            UpdatedAt = now,
            File = new MediaImageFile { Bytes = a.Bytes },
        }).ToList();
        db.MediaImages.AddRange(entities);
        foreach (var e in entities)
        {
            audit.Add(MediaUsages.AuditActions.Uploaded, $"Image “{e.FileName}”", $"{e.Width} x {e.Height} {e.Format}");
        }

        await db.SaveChangesAsync(cancellationToken);
        return entities.Select(e => e.Id).ToList();
    }
}
