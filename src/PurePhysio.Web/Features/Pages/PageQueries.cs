using Microsoft.EntityFrameworkCore;
using PurePhysio.Web.Data;
using PurePhysio.Web.Domain;
using PurePhysio.Web.Features.Media;

namespace PurePhysio.Web.Features.Pages;

public sealed record PageViewModel(string Title, string Slug, string Summary, string Body, DateTimeOffset UpdatedAt)
{
    public int? ImageId { get; init; }

    /// <summary>The page's picture and the library images its Markdown shows.</summary>
    public PageImages Images { get; init; } = PageImages.None;
}

public sealed class PageQueries(ClinicDbContext db, TimeProvider time, MediaLookup media)
{
    public async Task<PageViewModel?> FindPublishedAsync(string slug, CancellationToken cancellationToken)
    {
        var normalized = slug.ToLowerInvariant();
        var found = await db.StaticPages.AsNoTracking()
            .WherePublished(time.GetUtcNow())
            .Where(p => p.Slug == normalized)
            .Select(p => new PageViewModel(p.Title, p.Slug, p.Summary, p.Body, p.UpdatedAt) { ImageId = p.ImageId })
            .FirstOrDefaultAsync(cancellationToken);
        return found is null ? null : found with { Images = await media.ForPageAsync(found.ImageId, cancellationToken, found.Body) };
    }
}
