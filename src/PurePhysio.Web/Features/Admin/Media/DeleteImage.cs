using Microsoft.EntityFrameworkCore;
using PurePhysio.Web.Data;
using PurePhysio.Web.Features.Admin.Audit;

namespace PurePhysio.Web.Features.Admin.Media;

public sealed record DeleteImageViewModel(int Id, string FileName, string ThumbnailUrl, string AltText, IReadOnlyList<MediaUsage> Usages);

public enum DeleteOutcome
{
    Deleted,
    InUse,
    NotFound,
}

/// <summary>Deletes an image nothing uses; an image in use stays, and the page says where it is used.</summary>
public sealed class DeleteImage(ClinicDbContext db, MediaUsages usages, AuditLog audit)
{
    public async Task<DeleteImageViewModel?> FindAsync(int id, CancellationToken cancellationToken)
    {
        var image = await db.MediaImages.AsNoTracking().Where(m => m.Id == id)
            .Select(m => new { m.Id, m.FileName, m.ContentHash, m.AltText })
            .FirstOrDefaultAsync(cancellationToken);
        return image is null
            ? null
            : new DeleteImageViewModel(image.Id, image.FileName,
                PurePhysio.Web.Features.Media.Renditions.Url(image.ContentHash, PurePhysio.Web.Features.Media.Renditions.Widths[0], PurePhysio.Web.Features.Media.Renditions.Webp),
                image.AltText, await usages.FindAsync(id, cancellationToken));
    }

    public async Task<DeleteOutcome> HandleAsync(int id, CancellationToken cancellationToken)
    {
        var image = await db.MediaImages.FirstOrDefaultAsync(m => m.Id == id, cancellationToken);
        if (image is null)
        {
            return DeleteOutcome.NotFound;
        }

        if ((await usages.FindAsync(id, cancellationToken)).Count > 0)
        {
            return DeleteOutcome.InUse;
        }

        db.MediaImages.Remove(image);
        audit.Add(MediaUsages.AuditActions.Deleted, $"Image “{image.FileName}”");
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Someone chose it as a picture between the check and the delete: the foreign key refused it.
            return DeleteOutcome.InUse;
        }

        return DeleteOutcome.Deleted;
    }
}
