using System.ComponentModel.DataAnnotations;

namespace PurePhysio.Web.Features.Admin.Media;

/// <summary>The description fields the upload and edit forms share (one partial renders them, with these labels).</summary>
internal interface IImageDescription
{
    [Display(Name = "Alt text: what the image shows")]
    string? AltText { get; set; }

    [Display(Name = "Decorative: it adds nothing a reader needs (screen readers skip it)")]
    bool IsDecorative { get; set; }

    [Display(Name = "Caption (optional)")]
    string? Caption { get; set; }

    [Display(Name = "Credit (optional), e.g. the photographer")]
    string? Credit { get; set; }
}
