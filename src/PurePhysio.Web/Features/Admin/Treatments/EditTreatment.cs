using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using PurePhysio.Web.Data;
using PurePhysio.Web.Domain;
using PurePhysio.Web.Features.Admin.Audit;
using PurePhysio.Web.Features.Admin.Content;

namespace PurePhysio.Web.Features.Admin.Treatments;

/// <summary>The treatment form: what staff fill in, and the conditions they can tick.</summary>
public sealed class EditTreatmentForm
{
    public int? Id { get; set; }

    [Required(ErrorMessage = "Enter the treatment's name.")]
    [StringLength(Treatment.NameMaxLength, ErrorMessage = "Keep the name under {1} characters.")]
    [Display(Name = "Name")]
    public string Name { get; set; } = "";

    [Display(Name = "Web address (slug)")]
    public string? Slug { get; set; }

    [Required(ErrorMessage = "Enter a summary: it is shown on the treatments list and in search engines.")]
    [StringLength(Treatment.SummaryMaxLength, ErrorMessage = "Keep the summary under {1} characters.")]
    [Display(Name = "Summary")]
    public string Summary { get; set; } = "";

    [StringLength(Treatment.TextMaxLength, ErrorMessage = "Keep this under {1} characters.")]
    [Display(Name = "What happens (Markdown)")]
    public string? WhatHappens { get; set; }

    [StringLength(Treatment.TextMaxLength, ErrorMessage = "Keep this under {1} characters.")]
    [Display(Name = "Who it suits (Markdown)")]
    public string? WhoItSuits { get; set; }

    [Required(ErrorMessage = "Enter how long the appointment takes, in minutes.")]
    [Range(5, Treatment.MaxDurationMinutes, ErrorMessage = "Enter a length between {1} and {2} minutes.")]
    [Display(Name = "Length in minutes")]
    public int? DurationMinutes { get; set; }

    [Display(Name = "Price")]
    public PriceKind PriceKind { get; set; }

    [Range(typeof(decimal), "0.01", "10000", ErrorMessage = "Enter a price between £0.01 and £10,000, or choose Free.")]
    [Display(Name = "Price in pounds")]
    public decimal? Price { get; set; }

    [Display(Name = "Placeholder price: not yet confirmed by the clinic")]
    public bool PriceIsPlaceholder { get; set; }

    [Display(Name = "Also available as a video consultation")]
    public bool VideoConsultationAvailable { get; set; }

    [Display(Name = "Conditions it helps")]
    public List<int> ConditionIds { get; set; } = [];

    [Range(0, 1000, ErrorMessage = "Enter an order between {1} and {2}.")]
    [Display(Name = "Order (lower numbers come first)")]
    public int SortOrder { get; set; }

    [Display(Name = "Published: show it on the site")]
    public bool IsPublished { get; set; }

    /// <summary>Filled by the handler for the checkboxes; never bound from the post.</summary>
    [BindNever]
    public IReadOnlyList<ConditionChoice> ConditionChoices { get; set; } = [];
}

/// <summary>Loads and saves one treatment: validation, the condition links by difference, and the audit entry, in one SaveChanges.</summary>
public sealed class EditTreatment(ClinicDbContext db, AuditLog audit, TimeProvider time)
{
    /// <summary>A blank form for a new treatment (id null), or the stored one; null when it does not exist.</summary>
    public async Task<EditTreatmentForm?> LoadAsync(int? id, CancellationToken cancellationToken)
    {
        if (id is null)
        {
            var next = await ListedItemEditing.NextSortOrderAsync(db.Treatments.Select(t => t.SortOrder), cancellationToken);
            return await WithChoicesAsync(new EditTreatmentForm { DurationMinutes = 45, SortOrder = next, IsPublished = true }, cancellationToken);
        }

        var t = await db.Treatments.AsNoTracking().Where(x => x.Id == id)
            .Select(x => new { Treatment = x, ConditionIds = x.Conditions.Select(c => c.Id).ToList() })
            .AsSingleQuery()
            .FirstOrDefaultAsync(cancellationToken);
        return t is null ? null : await WithChoicesAsync(new EditTreatmentForm
        {
            Id = t.Treatment.Id, Name = t.Treatment.Name, Slug = t.Treatment.Slug, Summary = t.Treatment.Summary,
            WhatHappens = t.Treatment.WhatHappens, WhoItSuits = t.Treatment.WhoItSuits, DurationMinutes = t.Treatment.DurationMinutes,
            PriceKind = t.Treatment.PriceKind, Price = t.Treatment.Price, PriceIsPlaceholder = t.Treatment.PriceIsPlaceholder,
            VideoConsultationAvailable = t.Treatment.VideoConsultationAvailable, ConditionIds = t.ConditionIds,
            SortOrder = t.Treatment.SortOrder, IsPublished = t.Treatment.IsPublished,
        }, cancellationToken);
    }

    public async Task<EditTreatmentForm> WithChoicesAsync(EditTreatmentForm form, CancellationToken cancellationToken)
    {
        form.ConditionChoices = await Content.ConditionChoices.ListAsync(db, cancellationToken);
        return form;
    }

    /// <summary>Validates and saves the form; when it has problems, the form gets its choices back to be shown again.</summary>
    public async Task<FormOutcome> SaveAsync(int? id, EditTreatmentForm form, ModelStateDictionary errors, CancellationToken cancellationToken)
    {
        form.Id = id;
        Treatment? treatment = null;
        if (id is not null)
        {
            treatment = await db.Treatments.Include(t => t.Conditions).FirstOrDefaultAsync(t => t.Id == id, cancellationToken);
            if (treatment is null)
            {
                return FormOutcome.NotFound;
            }
        }

        var slug = await ListedItemEditing.CheckSlugAsync(form.Slug, form.Name, Treatment.SlugMaxLength, s => SlugTakenAsync(id, s, cancellationToken),
            SlugTaken, errors);
        form.Slug = slug;
        Validate(form, errors);
        if (!errors.IsValid)
        {
            await WithChoicesAsync(form, cancellationToken);
            return FormOutcome.Invalid;
        }

        treatment ??= db.Treatments.Add(new Treatment { Name = "", Slug = "", Summary = "" }).Entity;
        treatment.Name = form.Name.Trim();
        treatment.Slug = slug;
        treatment.Summary = form.Summary.Trim();
        treatment.WhatHappens = form.WhatHappens?.Trim() ?? "";
        treatment.WhoItSuits = form.WhoItSuits?.Trim() ?? "";
        treatment.DurationMinutes = form.DurationMinutes!.Value;
        treatment.PriceKind = form.PriceKind;
        treatment.Price = form.PriceKind == PriceKind.Free ? null : decimal.Round(form.Price!.Value, 2);
        treatment.PriceIsPlaceholder = form.PriceKind != PriceKind.Free && form.PriceIsPlaceholder;
        treatment.VideoConsultationAvailable = form.VideoConsultationAvailable;
        treatment.SortOrder = form.SortOrder;
        treatment.IsPublished = form.IsPublished;
        treatment.UpdatedAt = time.GetUtcNow();
        await Content.ConditionChoices.SyncAsync(db, treatment.Conditions, form.ConditionIds.Distinct().ToList(), cancellationToken);
        audit.Add(id is null ? AuditActions.ContentCreated : AuditActions.ContentUpdated, $"Treatment “{treatment.Name}”");
        var outcome = await ListedItemEditing.SaveAsync(db, () => SlugTakenAsync(id, slug, cancellationToken), SlugTaken, errors, cancellationToken);
        if (outcome == FormOutcome.Invalid)
        {
            await WithChoicesAsync(form, cancellationToken);
        }

        return outcome;
    }

    private const string SlugTaken = "Another treatment already uses this web address. Choose a different one.";

    /// <summary>The checks beyond the form's annotations and the web address.</summary>
    private static void Validate(EditTreatmentForm form, ModelStateDictionary errors)
    {
        if (form.PriceKind != PriceKind.Free && form.Price is null)
        {
            errors.AddModelError(nameof(form.Price), form.PriceKind == PriceKind.From
                ? "Enter the starting price in pounds, e.g. 40."
                : "Enter the price in pounds, e.g. 55, or choose Free.");
        }

        if (!Enum.IsDefined(form.PriceKind))
        {
            errors.AddModelError(nameof(form.PriceKind), "Choose a set price, a starting price or free.");
        }
    }

    private Task<bool> SlugTakenAsync(int? id, string slug, CancellationToken cancellationToken) =>
        db.Treatments.AsNoTracking().AnyAsync(t => t.Slug == slug && t.Id != id, cancellationToken);
}
