using Microsoft.EntityFrameworkCore;
using PurePhysio.Web.Data;
using PurePhysio.Web.Features.Admin.Audit;
using PurePhysio.Web.Features.Admin.Content;

namespace PurePhysio.Web.Features.Admin.Testimonials;

/// <summary>The list's one-click changes: publish, unpublish, move, and delete (after asking).</summary>
public sealed class ChangeTestimonial(ClinicDbContext db, AuditLog audit)
{
    public async Task<bool> SetPublishedAsync(int id, bool published, CancellationToken cancellationToken)
    {
        var testimonial = await db.Testimonials.FirstOrDefaultAsync(t => t.Id == id, cancellationToken);
        if (testimonial is null)
        {
            return false;
        }

        testimonial.IsPublished = published;
        audit.Add(AuditActions.ContentUpdated, $"Testimonial {id}", published ? "Published" : "Unpublished");
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>Moves a testimonial one place up or down the order patients see.</summary>
    public async Task<bool> MoveAsync(int id, string direction, CancellationToken cancellationToken)
    {
        var all = await db.Testimonials.OrderBy(t => t.SortOrder).ThenBy(t => t.Id).ToListAsync(cancellationToken);
        var index = all.FindIndex(t => t.Id == id);
        if (index < 0)
        {
            return false;
        }

        var other = direction == "up" ? index - 1 : index + 1;
        if (other >= 0 && other < all.Count)
        {
            (all[index], all[other]) = (all[other], all[index]);
        }

        for (var i = 0; i < all.Count; i++)
        {
            all[i].SortOrder = i;
        }

        audit.Add(AuditActions.ContentUpdated, $"Testimonial {id}", $"Moved {direction}");
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    public async Task<DeleteViewModel?> ConfirmDeleteAsync(int id, CancellationToken cancellationToken) =>
        !await db.Testimonials.AnyAsync(t => t.Id == id, cancellationToken) ? null : new DeleteViewModel("Delete this testimonial?",
            "It will be removed from the site and cannot be brought back. To hide it for now, unpublish it instead.",
            "Testimonials", id);

    public async Task<bool> DeleteAsync(int id, CancellationToken cancellationToken)
    {
        var testimonial = await db.Testimonials.FirstOrDefaultAsync(t => t.Id == id, cancellationToken);
        if (testimonial is null)
        {
            return false;
        }

        db.Testimonials.Remove(testimonial);
        audit.Add(AuditActions.ContentDeleted, $"Testimonial {id}");
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}
