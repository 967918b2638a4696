using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using PurePhysio.Web.Data;
using PurePhysio.Web.Domain;
using PurePhysio.Web.Features.Admin.Audit;

namespace PurePhysio.Web.Features.Admin.Testimonials;

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

/// <summary>Adding and editing a testimonial; the form's rules are its annotations.</summary>
public sealed class EditTestimonial(ClinicDbContext db, AuditLog audit)
{
    public async Task<EditTestimonialViewModel?> LoadAsync(int id, CancellationToken cancellationToken)
    {
        var t = await db.Testimonials.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, cancellationToken);
        return t is null ? null : new EditTestimonialViewModel
        {
            Id = t.Id, Quote = t.Quote, Author = t.Author, Source = t.Source, GivenOn = t.GivenOn, IsPublished = t.IsPublished,
        };
    }

    /// <summary>A new testimonial goes to the end of the list.</summary>
    public async Task<FormOutcome> CreateAsync(EditTestimonialViewModel model, ModelStateDictionary errors, CancellationToken cancellationToken)
    {
        if (!errors.IsValid)
        {
            return FormOutcome.Invalid;
        }

        var last = await db.Testimonials.MaxAsync(t => (int?)t.SortOrder, cancellationToken) ?? -1;
        var testimonial = new Testimonial { Quote = "", SortOrder = last + 1 };
        Apply(model, testimonial);
        db.Testimonials.Add(testimonial);
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordNowAsync(AuditActions.ContentCreated, $"Testimonial {testimonial.Id}", cancellationToken: cancellationToken);
        return FormOutcome.Saved;
    }

    public async Task<FormOutcome> SaveAsync(int id, EditTestimonialViewModel model, ModelStateDictionary errors, CancellationToken cancellationToken)
    {
        model.Id = id;
        var testimonial = await db.Testimonials.FirstOrDefaultAsync(t => t.Id == id, cancellationToken);
        if (testimonial is null)
        {
            return FormOutcome.NotFound;
        }

        if (!errors.IsValid)
        {
            return FormOutcome.Invalid;
        }

        Apply(model, testimonial);
        audit.Add(AuditActions.ContentUpdated, $"Testimonial {id}");
        await db.SaveChangesAsync(cancellationToken);
        return FormOutcome.Saved;
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
