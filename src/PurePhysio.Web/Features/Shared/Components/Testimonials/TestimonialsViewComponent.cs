using Microsoft.AspNetCore.Mvc;
using PurePhysio.Web.Features.Clinic;

namespace PurePhysio.Web.Features.Shared.Components.Testimonials;

internal sealed record TestimonialViewModel(string Quote, string Attribution);

/// <summary>The clinic's published testimonials, in the order staff chose.</summary>
public sealed class TestimonialsViewComponent(ClinicProfileCache profiles) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        var clinic = await profiles.GetAsync(HttpContext.RequestAborted);
        var model = clinic.Testimonials
            .Select(t => new TestimonialViewModel(t.Quote, Attribution(t.Author, t.Source, t.GivenOn)))
            .ToList();
        return View(model);
    }

    private static string Attribution(string author, string source, DateOnly? givenOn)
    {
        var when = givenOn?.ToString("MMMM yyyy");
        return string.Join(", ", new[] { author, string.Join(" ", new[] { source, when }.Where(s => !string.IsNullOrEmpty(s))) }
            .Where(s => !string.IsNullOrEmpty(s)));
    }
}
