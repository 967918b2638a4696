using Microsoft.EntityFrameworkCore;
using PurePhysio.Web.Data;
using PurePhysio.Web.Domain;

namespace PurePhysio.Web.Features.Pages;

public sealed record PageViewModel(string Title, string Slug, string Summary, string Body, DateTimeOffset UpdatedAt)
{
    /// <summary>Phone, email, address, directions and hours: shown on the Contact page only.</summary>
    public global::PurePhysio.Web.Features.Contact.ContactDetails? Contact { get; init; }
}

public sealed class PageQueries(ClinicDbContext db, TimeProvider time)
{
    public Task<PageViewModel?> FindPublishedAsync(string slug, CancellationToken cancellationToken)
    {
        var normalized = slug.ToLowerInvariant();
        return db.StaticPages.AsNoTracking()
            .WherePublished(time.GetUtcNow())
            .Where(p => p.Slug == normalized)
            .Select(p => new PageViewModel(p.Title, p.Slug, p.Summary, p.Body, p.UpdatedAt))
            .FirstOrDefaultAsync(cancellationToken);
    }
}
