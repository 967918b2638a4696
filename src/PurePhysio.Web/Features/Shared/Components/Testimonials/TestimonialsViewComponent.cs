using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using PurePhysio.Web.Data;

namespace PurePhysio.Web.Features.Shared.Components.Testimonials;

public sealed record TestimonialViewModel(string Quote, string Attribution);

/// <summary>The clinic's published testimonials, in the order staff chose.</summary>
public sealed class TestimonialsViewComponent(ClinicDbContext db) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        var rows = await db.Testimonials.AsNoTracking()
            .Where(t => t.IsPublished)
            .OrderBy(t => t.SortOrder).ThenBy(t => t.Id)
            .Select(t => new { t.Quote, t.Author, t.Source, t.GivenOn })
            .ToListAsync();

        var model = rows.Select(t => new TestimonialViewModel(t.Quote, Attribution(t.Author, t.Source, t.GivenOn))).ToList();
        return View(model);
    }

    private static string Attribution(string author, string source, DateOnly? givenOn)
    {
        var when = givenOn?.ToString("MMMM yyyy");
        return string.Join(", ", new[] { author, string.Join(" ", new[] { source, when }.Where(s => !string.IsNullOrEmpty(s))) }
            .Where(s => !string.IsNullOrEmpty(s)));
    }
}
