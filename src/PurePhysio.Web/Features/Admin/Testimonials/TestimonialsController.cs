using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using PurePhysio.Web.Data;
using PurePhysio.Web.Domain;
using PurePhysio.Web.Features.Admin.Audit;
using PurePhysio.Web.Features.Admin.Content;

namespace PurePhysio.Web.Features.Admin.Testimonials;

public sealed record TestimonialAdminListItem(int Id, string Quote, string Author, string Source, DateOnly? GivenOn, bool IsPublished);

public sealed class EditTestimonialViewModel
{
    public int? Id { get; set; }

    [Required(ErrorMessage = "Enter the testimonial.")]
    [StringLength(Testimonial.QuoteMaxLength, ErrorMessage = "Keep the testimonial under {1} characters.")]
    [Display(Name = "Testimonial")]
    public string Quote { get; set; } = "";

    [StringLength(Testimonial.AuthorMaxLength, ErrorMessage = "Keep the name under {1} characters.")]
    [Display(Name = "Name (as they agreed to be named; optional)")]
    public string? Author { get; set; }

    [StringLength(Testimonial.SourceMaxLength, ErrorMessage = "Keep the source under {1} characters.")]
    [Display(Name = "Source (e.g. Google Review; optional)")]
    public string? Source { get; set; }

    [Display(Name = "Given on (optional)")]
    public DateOnly? GivenOn { get; set; }

    [Display(Name = "Published: show it on the site")]
    public bool IsPublished { get; set; }
}

[Route("admin/testimonials")]
public sealed class TestimonialsController(ClinicDbContext db, AuditLog audit) : AdminControllerBase
{
    private const string BaseUrl = "/admin/testimonials";

    [HttpGet("")]
    public async Task<IActionResult> List(CancellationToken cancellationToken) =>
        View(await db.Testimonials.AsNoTracking()
            .OrderBy(t => t.SortOrder).ThenBy(t => t.Id)
            .Select(t => new TestimonialAdminListItem(t.Id, t.Quote, t.Author, t.Source, t.GivenOn, t.IsPublished))
            .ToListAsync(cancellationToken));

    [HttpGet("create")]
    public IActionResult Create() => View("Edit", new EditTestimonialViewModel { IsPublished = true });

    [HttpPost("create")]
    public async Task<IActionResult> Create(EditTestimonialViewModel model, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View("Edit", model);
        }

        var last = await db.Testimonials.MaxAsync(t => (int?)t.SortOrder, cancellationToken) ?? -1;
        var testimonial = new Testimonial { Quote = "", SortOrder = last + 1 };
        Apply(model, testimonial);
        db.Testimonials.Add(testimonial);
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordNowAsync(AuditActions.ContentCreated, $"Testimonial {testimonial.Id}", cancellationToken: cancellationToken);
        Flash("The testimonial was added at the end of the list.");
        return Redirect(BaseUrl);
    }

    [HttpGet("{id:int}/edit")]
    public async Task<IActionResult> Edit(int id, CancellationToken cancellationToken)
    {
        var t = await db.Testimonials.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, cancellationToken);
        return t is null ? NotFound() : View(new EditTestimonialViewModel
        {
            Id = t.Id, Quote = t.Quote, Author = t.Author, Source = t.Source, GivenOn = t.GivenOn, IsPublished = t.IsPublished,
        });
    }

    [HttpPost("{id:int}/edit")]
    public async Task<IActionResult> Edit(int id, EditTestimonialViewModel model, CancellationToken cancellationToken)
    {
        model.Id = id;
        var testimonial = await db.Testimonials.FirstOrDefaultAsync(t => t.Id == id, cancellationToken);
        if (testimonial is null)
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(model);
        }

        Apply(model, testimonial);
        audit.Add(AuditActions.ContentUpdated, $"Testimonial {id}");
        await db.SaveChangesAsync(cancellationToken);
        Flash("The testimonial was saved.");
        return Redirect(BaseUrl);
    }

    [HttpPost("{id:int}/publish")]
    public Task<IActionResult> Publish(int id, CancellationToken cancellationToken) => SetPublishedAsync(id, true, cancellationToken);

    [HttpPost("{id:int}/unpublish")]
    public Task<IActionResult> Unpublish(int id, CancellationToken cancellationToken) => SetPublishedAsync(id, false, cancellationToken);

    /// <summary>Moves a testimonial one place up or down the order patients see.</summary>
    [HttpPost("{id:int}/move-{direction:regex(^(up|down)$)}")]
    public async Task<IActionResult> Move(int id, string direction, CancellationToken cancellationToken)
    {
        var all = await db.Testimonials.OrderBy(t => t.SortOrder).ThenBy(t => t.Id).ToListAsync(cancellationToken);
        var index = all.FindIndex(t => t.Id == id);
        if (index < 0)
        {
            return NotFound();
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
        return Redirect(BaseUrl);
    }

    [HttpGet("{id:int}/delete")]
    public async Task<IActionResult> Delete(int id, CancellationToken cancellationToken)
    {
        var exists = await db.Testimonials.AnyAsync(t => t.Id == id, cancellationToken);
        return !exists ? NotFound() : View("Delete", new DeleteViewModel("Delete this testimonial?",
            "It will be removed from the site and cannot be brought back. To hide it for now, unpublish it instead.",
            "Testimonials", id));
    }

    [HttpPost("{id:int}/delete")]
    [ActionName("Delete")]
    public async Task<IActionResult> DeleteConfirmed(int id, CancellationToken cancellationToken)
    {
        var testimonial = await db.Testimonials.FirstOrDefaultAsync(t => t.Id == id, cancellationToken);
        if (testimonial is null)
        {
            return NotFound();
        }

        db.Testimonials.Remove(testimonial);
        audit.Add(AuditActions.ContentDeleted, $"Testimonial {id}");
        await db.SaveChangesAsync(cancellationToken);
        Flash("The testimonial was deleted.");
        return Redirect(BaseUrl);
    }

    private async Task<IActionResult> SetPublishedAsync(int id, bool published, CancellationToken cancellationToken)
    {
        var testimonial = await db.Testimonials.FirstOrDefaultAsync(t => t.Id == id, cancellationToken);
        if (testimonial is null)
        {
            return NotFound();
        }

        testimonial.IsPublished = published;
        audit.Add(AuditActions.ContentUpdated, $"Testimonial {id}", published ? "Published" : "Unpublished");
        await db.SaveChangesAsync(cancellationToken);
        Flash(published ? "The testimonial is now on the site." : "The testimonial is hidden from the site.");
        return Redirect(BaseUrl);
    }

    private static void Apply(EditTestimonialViewModel model, Testimonial t)
    {
        t.Quote = model.Quote.Trim();
        t.Author = model.Author?.Trim() ?? "";
        t.Source = model.Source?.Trim() ?? "";
        t.GivenOn = model.GivenOn;
        t.IsPublished = model.IsPublished;
    }
}
