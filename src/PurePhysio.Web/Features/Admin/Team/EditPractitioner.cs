using System.ComponentModel.DataAnnotations;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using PurePhysio.Web.Data;
using PurePhysio.Web.Domain;
using PurePhysio.Web.Features.Admin.Audit;
using PurePhysio.Web.Features.Admin.Content;

namespace PurePhysio.Web.Features.Admin.Team;

/// <summary>The team member form.</summary>
public sealed class EditPractitionerForm
{
    public int? Id { get; set; }

    [Required(ErrorMessage = "Enter the person's name.")]
    [StringLength(Practitioner.NameMaxLength, ErrorMessage = "Keep the name under {1} characters.")]
    [Display(Name = "Name")]
    public string Name { get; set; } = "";

    [Display(Name = "Web address (slug)")]
    public string? Slug { get; set; }

    [Required(ErrorMessage = "Enter their role, e.g. Senior Physiotherapist.")]
    [StringLength(Practitioner.RoleMaxLength, ErrorMessage = "Keep the role under {1} characters.")]
    [Display(Name = "Role")]
    public string Role { get; set; } = "";

    [Display(Name = "Registered with")]
    public Regulator RegistrationBody { get; set; }

    [StringLength(Practitioner.RegistrationNumberMaxLength, ErrorMessage = "Keep the registration number under {1} characters.")]
    [Display(Name = "Registration number")]
    public string? RegistrationNumber { get; set; }

    [StringLength(Practitioner.ListMaxLength, ErrorMessage = "Keep this under {1} characters.")]
    [Display(Name = "Qualifications (one per line)")]
    public string? Qualifications { get; set; }

    [StringLength(Practitioner.ListMaxLength, ErrorMessage = "Keep this under {1} characters.")]
    [Display(Name = "Professional memberships (one per line)")]
    public string? Memberships { get; set; }

    [StringLength(Practitioner.ListMaxLength, ErrorMessage = "Keep this under {1} characters.")]
    [Display(Name = "Special interests (one per line)")]
    public string? SpecialInterests { get; set; }

    [StringLength(Practitioner.BioMaxLength, ErrorMessage = "Keep the biography under {1} characters.")]
    [Display(Name = "Short biography (Markdown)")]
    public string? Bio { get; set; }

    public List<int> ConditionIds { get; set; } = [];

    /// <summary>A library image (described or decorative); null for none.</summary>
    [Display(Name = "Photo")]
    public int? PhotoId { get; set; }

    [Range(0, 1000, ErrorMessage = "Enter an order between {1} and {2}.")]
    [Display(Name = "Order (lower numbers come first)")]
    public int SortOrder { get; set; }

    [Display(Name = "Published: show the profile on the site")]
    public bool IsPublished { get; set; }

    [Display(Name = "Placeholder profile: replace it with a real team member")]
    public bool IsPlaceholder { get; set; }

    [BindNever]
    public IReadOnlyList<ConditionChoice> ConditionChoices { get; set; } = [];

    /// <summary>The images the photo field offers (<see cref="PictureChoices"/>).</summary>
    public IReadOnlyList<PickableImage> PhotoChoices { get; set; } = [];
}

/// <summary>Loads and saves one team member: validation, conditions by difference and the audit entry in one SaveChanges.</summary>
public sealed partial class EditPractitioner(ClinicDbContext db, AuditLog audit, TimeProvider time, MediaReferenceCheck images, PictureChoices pictures)
{
    private const string SlugTaken = "Another team member already uses this web address. Choose a different one.";

    public async Task<EditPractitionerForm?> LoadAsync(int? id, CancellationToken cancellationToken)
    {
        if (id is null)
        {
            var next = await ListedItemEditing.NextSortOrderAsync(db.Practitioners.Select(p => p.SortOrder), cancellationToken);
            return await WithChoicesAsync(new EditPractitionerForm { RegistrationBody = Regulator.Hcpc, SortOrder = next, IsPublished = true }, cancellationToken);
        }

        var row = await db.Practitioners.AsNoTracking().Where(x => x.Id == id)
            .Select(x => new { Practitioner = x, ConditionIds = x.Conditions.Select(c => c.Id).ToList() })
            .AsSingleQuery()
            .FirstOrDefaultAsync(cancellationToken);
        if (row is null)
        {
            return null;
        }

        var p = row.Practitioner;
        return await WithChoicesAsync(new EditPractitionerForm
        {
            Id = p.Id, Name = p.Name, Slug = p.Slug, Role = p.Role, RegistrationBody = p.RegistrationBody, RegistrationNumber = p.RegistrationNumber,
            Qualifications = p.Qualifications, Memberships = p.Memberships, SpecialInterests = p.SpecialInterests, Bio = p.Bio,
            ConditionIds = row.ConditionIds, SortOrder = p.SortOrder, IsPublished = p.IsPublished, IsPlaceholder = p.IsPlaceholder,
            PhotoId = p.PhotoId,
        }, cancellationToken);
    }

    public async Task<EditPractitionerForm> WithChoicesAsync(EditPractitionerForm form, CancellationToken cancellationToken)
    {
        form.ConditionChoices = await ConditionChoices.ListAsync(db, cancellationToken);
        form.PhotoChoices = await pictures.ListAsync(form.PhotoId, cancellationToken);
        return form;
    }

    /// <summary>Validates and saves the form; when it has problems, the form gets its choices back to be shown again.</summary>
    public async Task<FormOutcome> SaveAsync(int? id, EditPractitionerForm form, ModelStateDictionary errors, CancellationToken cancellationToken)
    {
        form.Id = id;
        Practitioner? practitioner = null;
        if (id is not null)
        {
            practitioner = await db.Practitioners.Include(p => p.Conditions).FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
            if (practitioner is null)
            {
                return FormOutcome.NotFound;
            }
        }

        var slug = await ListedItemEditing.CheckSlugAsync(form.Slug, form.Name, Practitioner.SlugMaxLength, s => SlugTakenAsync(id, s, cancellationToken),
            SlugTaken, errors);
        form.Slug = slug;
        var number = NormalizeNumber(form.RegistrationNumber);
        form.RegistrationNumber = number;
        Validate(form, number, errors);
        await images.CheckAsync(form.PhotoId, nameof(form.PhotoId), nameof(form.Bio), errors, cancellationToken);
        if (!errors.IsValid)
        {
            await WithChoicesAsync(form, cancellationToken);
            return FormOutcome.Invalid;
        }

        practitioner ??= db.Practitioners.Add(new Practitioner { Name = "", Slug = "", Role = "" }).Entity;
        practitioner.Name = form.Name.Trim();
        practitioner.Slug = slug;
        practitioner.Role = form.Role.Trim();
        practitioner.RegistrationBody = form.RegistrationBody;
        practitioner.RegistrationNumber = form.RegistrationBody == Regulator.None ? "" : number;
        practitioner.Qualifications = JoinLines(form.Qualifications);
        practitioner.Memberships = JoinLines(form.Memberships);
        practitioner.SpecialInterests = JoinLines(form.SpecialInterests);
        practitioner.Bio = form.Bio?.Trim() ?? "";
        practitioner.PhotoId = form.PhotoId;
        practitioner.SortOrder = form.SortOrder;
        practitioner.IsPublished = form.IsPublished;
        practitioner.IsPlaceholder = form.IsPlaceholder;
        practitioner.UpdatedAt = time.GetUtcNow();
        await ConditionChoices.SyncAsync(db, practitioner.Conditions, form.ConditionIds.Distinct().ToList(), cancellationToken);
        audit.Add(id is null ? AuditActions.ContentCreated : AuditActions.ContentUpdated, $"Team member “{practitioner.Name}”");
        var outcome = await ListedItemEditing.SaveAsync(db, () => SlugTakenAsync(id, slug, cancellationToken), SlugTaken, errors, cancellationToken);
        if (outcome == FormOutcome.Invalid)
        {
            await WithChoicesAsync(form, cancellationToken);
        }

        return outcome;
    }

    /// <summary>"ph 123 456" becomes "PH123456": registers print numbers without spaces, in capitals.</summary>
    public static string NormalizeNumber(string? number) =>
        new string((number ?? "").Where(c => !char.IsWhiteSpace(c)).ToArray()).ToUpperInvariant();

    [GeneratedRegex("^[A-Z0-9]{4,12}$")]
    private static partial Regex RegistrationNumberPattern();

    /// <summary>The checks beyond the form's annotations and the web address.</summary>
    private static void Validate(EditPractitionerForm form, string number, ModelStateDictionary errors)
    {
        if (!Enum.IsDefined(form.RegistrationBody))
        {
            errors.AddModelError(nameof(form.RegistrationBody), "Choose a regulator from the list, or \"Not registered with a regulator\".");
        }
        else if (form.RegistrationBody != Regulator.None)
        {
            if (number.Length == 0 && !form.IsPlaceholder)
            {
                errors.AddModelError(nameof(form.RegistrationNumber), "Enter the registration number patients can check on the register, e.g. PH123456.");
            }
            else if (number.Length > 0 && !RegistrationNumberPattern().IsMatch(number))
            {
                errors.AddModelError(nameof(form.RegistrationNumber), "Enter the registration number as on the register: letters and digits only, e.g. PH123456.");
            }
        }
    }

    private Task<bool> SlugTakenAsync(int? id, string slug, CancellationToken cancellationToken) =>
        db.Practitioners.AsNoTracking().AnyAsync(p => p.Slug == slug && p.Id != id, cancellationToken);

    private static string JoinLines(string? text) => string.Join('\n', ContentFormText.Lines(text));
}
