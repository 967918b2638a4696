using Microsoft.EntityFrameworkCore;
using PurePhysio.Web.Data;
using PurePhysio.Web.Features.Clinic;
using PurePhysio.Web.Features.Media;
using PurePhysio.Web.Features.Shared;

namespace PurePhysio.Web.Features.Pages;

public sealed record PageViewModel(string Title, string Slug, string Summary, string Body, DateTimeOffset UpdatedAt, int Id = 0)
{
    /// <summary>Phone, email, address, directions and hours: shown on the Contact page only.</summary>
    public global::PurePhysio.Web.Features.Contact.ContactDetails? Contact { get; init; }
    public int? ImageId { get; init; }

    /// <summary>The page's picture and the library images its Markdown shows.</summary>
    public PageImages Images { get; init; } = PageImages.None;
}

/// <summary>Published pages: which exist comes from the clinic profile in memory; a page's text is one query, once per version of the site.</summary>
public sealed class PageQueries(IServiceScopeFactory scopes, ClinicProfileCache profiles, TimeProvider time)
{
    public async Task<PageViewModel?> FindPublishedAsync(string slug, CancellationToken cancellationToken)
    {
        var clinic = await profiles.GetAsync(cancellationToken);
        var now = time.GetUtcNow();
        if (clinic.FindPage(slug, now) is not { } found)
        {
            return null;
        }

        // Once per version of the site, shared by every request until staff save something (see ClinicProfile.RememberAsync).
        return await clinic.RememberAsync(CacheTags.Page(found.Id), now, () => ReadPublishedAsync(found.Id));
    }

    // Its own scope: the read is shared by every request waiting for it (see ConditionQueries).
    private async Task<PageViewModel?> ReadPublishedAsync(int id)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ClinicDbContext>();
        var media = scope.ServiceProvider.GetRequiredService<MediaLookup>();
        var page = await db.StaticPages.AsNoTracking()
            .Where(p => p.Id == id)
            .Select(p => new PageViewModel(p.Title, p.Slug, p.Summary, p.Body, p.UpdatedAt, p.Id) { ImageId = p.ImageId })
            .FirstOrDefaultAsync(CancellationToken.None);
        return page is null ? null : page with { Images = await media.ForPageAsync(page.ImageId, CancellationToken.None, page.Body) };
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
