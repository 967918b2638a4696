using Microsoft.EntityFrameworkCore;
using PurePhysio.Web.Data;
using PurePhysio.Web.Domain;
using PurePhysio.Web.Features.Shared;

namespace PurePhysio.Web.Features.Redirects;

/// <summary>Where an old condition or page address lives now (staff changed the slug), if it is published.</summary>
public sealed class SlugRedirectLookup(ClinicDbContext db, TimeProvider time)
{
    public async Task<string?> FindConditionAsync(string oldSlug, CancellationToken cancellationToken)
    {
        var slug = oldSlug.ToLowerInvariant();
        var target = await db.SlugRedirects.AsNoTracking()
            .Where(r => r.ContentType == ContentTypes.Condition && r.OldSlug == slug)
            .Join(db.Conditions.WherePublished(time.GetUtcNow()), r => r.ContentId, c => c.Id, (r, c) => c.Slug)
            .FirstOrDefaultAsync(cancellationToken);
        return target is null ? null : PublicPaths.Condition(target);
    }

    public async Task<string?> FindPageAsync(string oldSlug, CancellationToken cancellationToken)
    {
        var slug = oldSlug.ToLowerInvariant();
        var target = await db.SlugRedirects.AsNoTracking()
            .Where(r => r.ContentType == ContentTypes.Page && r.OldSlug == slug)
            .Join(db.StaticPages.WherePublished(time.GetUtcNow()), r => r.ContentId, p => p.Id, (r, p) => p.Slug)
            .FirstOrDefaultAsync(cancellationToken);
        return target is null ? null : PublicPaths.Page(target);
    }
}
