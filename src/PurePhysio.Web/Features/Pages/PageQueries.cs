using Microsoft.EntityFrameworkCore;
using PurePhysio.Web.Data;
using PurePhysio.Web.Features.Clinic;
using PurePhysio.Web.Features.Shared;

namespace PurePhysio.Web.Features.Pages;

public sealed record PageViewModel(string Title, string Slug, string Summary, string Body, DateTimeOffset UpdatedAt, int Id = 0);

/// <summary>Published pages: which exist comes from the clinic profile in memory; a page's text is one query.</summary>
public sealed class PageQueries(ClinicDbContext db, ClinicProfileCache profiles, TimeProvider time)
{
    public async Task<PageViewModel?> FindPublishedAsync(string slug, CancellationToken cancellationToken)
    {
        var clinic = await profiles.GetAsync(cancellationToken);
        if (clinic.FindPage(slug, time.GetUtcNow()) is not { } found)
        {
            return null;
        }

        return await db.StaticPages.AsNoTracking()
            .Where(p => p.Id == found.Id)
            .Select(p => new PageViewModel(p.Title, p.Slug, p.Summary, p.Body, p.UpdatedAt, p.Id))
            .FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>Where an old slug of a published page leads now; null when nowhere.</summary>
    public async Task<string?> FindMovedAsync(string oldSlug, CancellationToken cancellationToken)
    {
        var clinic = await profiles.GetAsync(cancellationToken);
        return clinic.FindMovedPage(oldSlug, time.GetUtcNow()) is { } moved
            ? PublicPaths.Page(moved.Slug)
            : null;
    }
}
