using Microsoft.EntityFrameworkCore;
using PurePhysio.Web.Data;

namespace PurePhysio.Web.Features.Admin.Testimonials;

public sealed record TestimonialAdminListItem(int Id, string Quote, string Author, string Source, DateOnly? GivenOn, bool IsPublished);

/// <summary>Every testimonial in the order patients see the published ones.</summary>
public sealed class ListTestimonials(ClinicDbContext db)
{
    public async Task<IReadOnlyList<TestimonialAdminListItem>> HandleAsync(CancellationToken cancellationToken) =>
        await db.Testimonials.AsNoTracking()
            .OrderBy(t => t.SortOrder).ThenBy(t => t.Id)
            .Select(t => new TestimonialAdminListItem(t.Id, t.Quote, t.Author, t.Source, t.GivenOn, t.IsPublished))
            .ToListAsync(cancellationToken);
}
