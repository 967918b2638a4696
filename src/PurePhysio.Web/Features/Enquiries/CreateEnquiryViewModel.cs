using System.ComponentModel.DataAnnotations;
using PurePhysio.Web.Domain;

namespace PurePhysio.Web.Features.Enquiries;

/// <summary>What the enquiry form posts. Messages are written for patients.</summary>
public sealed class CreateEnquiryViewModel
{
    [Required(ErrorMessage = "Enter your name")]
    [StringLength(Enquiry.NameMaxLength, ErrorMessage = "Your name must be 100 characters or fewer")]
    public string? Name { get; set; }

    [Required(ErrorMessage = "Enter your email address")]
    [StringLength(Enquiry.EmailMaxLength, ErrorMessage = "Your email address must be 254 characters or fewer")]
    [EmailAddress(ErrorMessage = "Enter an email address in the correct format, like name@example.com")]
    public string? Email { get; set; }

    [StringLength(Enquiry.PhoneMaxLength, ErrorMessage = "Your phone number must be 30 characters or fewer")]
    public string? Phone { get; set; }

    [Required(ErrorMessage = "Choose how you would like us to contact you")]
    public ContactMethod? PreferredContactMethod { get; set; }

    [StringLength(Enquiry.PreferredTimesMaxLength, ErrorMessage = "Preferred times must be 200 characters or fewer")]
    public string? PreferredTimes { get; set; }

    [StringLength(Enquiry.ReasonMaxLength, ErrorMessage = "The condition or reason must be 200 characters or fewer")]
    public string? Reason { get; set; }

    [Required(ErrorMessage = "Enter your message")]
    [StringLength(Enquiry.MessageMaxLength, ErrorMessage = "Your message must be 4000 characters or fewer")]
    public string? Message { get; set; }

    [Range(typeof(bool), "true", "true", ErrorMessage = "Tick the box to agree to us using the information you send")]
    public bool Consent { get; set; }

    /// <summary>The condition page the form was sent from, if any (checked, not shown, so no annotation).</summary>
    public string? ConditionSlug { get; set; }

    /// <summary>Honeypot: hidden from people, filled in by naive bots.</summary>
    public string? Website { get; set; }

    /// <summary>When the form was served, signed by the server (see <see cref="EnquiryFormGuard"/>).</summary>
    public string? FormStarted { get; set; }

    /// <summary>True when nothing but the article's reason and slug is filled in: the form as every visitor first sees it.</summary>
    public bool IsFreshBesideArticle =>
        Name is null && Email is null && Phone is null && PreferredContactMethod is null && PreferredTimes is null
        && Message is null && !Consent && Website is null && FormStarted is null;
}

/// <summary>The form as rendered: the patient's input, its errors, and where it sits.</summary>
internal sealed class EnquiryFormViewModel
{
    public required CreateEnquiryViewModel Input { get; init; }

    /// <summary>Beside an article: a page that may be cached, so it carries no per-visitor token.</summary>
    public bool InSidebar { get; init; }

    /// <summary>Signed form start time; in the sidebar, the time the (possibly cached) page was made, which the script replaces.</summary>
    public string? FormStarted { get; init; }

    /// <summary>First error per field (key "" for the whole form), in form order.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Errors { get; init; } = [];

    public string? ErrorFor(string field) => Errors.FirstOrDefault(e => e.Key == field).Value;

    public static string IdFor(string field) => "enquiry-" + field.ToLowerInvariant();

    public static string ErrorIdFor(string field) => IdFor(field) + "-error";

    /// <summary>The ids a control's aria-describedby lists: its hint (if any), then its error (if any).</summary>
    public string? DescribedBy(string field, bool hasHint = false)
    {
        var ids = new List<string>(2);
        if (hasHint)
        {
            ids.Add(IdFor(field) + "-hint");
        }

        if (ErrorFor(field) is not null)
        {
            ids.Add(ErrorIdFor(field));
        }

        return ids.Count == 0 ? null : string.Join(' ', ids);
    }

    public string? Invalid(string field) => ErrorFor(field) is null ? null : "true";

    /// <summary>The fields in the order the form shows them, for the error summary.</summary>
    public static readonly string[] FieldOrder =
        ["", nameof(CreateEnquiryViewModel.Name), nameof(CreateEnquiryViewModel.Email), nameof(CreateEnquiryViewModel.Phone),
         nameof(CreateEnquiryViewModel.PreferredContactMethod), nameof(CreateEnquiryViewModel.PreferredTimes),
         nameof(CreateEnquiryViewModel.Reason), nameof(CreateEnquiryViewModel.Message), nameof(CreateEnquiryViewModel.Consent)];
}
