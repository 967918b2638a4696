using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using PurePhysio.Web.Data;
using PurePhysio.Web.Features.Media;

namespace PurePhysio.Web.Features.Admin.Content;

public sealed record PickableImage(int Id, string FileName, string AltText, bool IsDecorative, string ThumbnailUrl, int ThumbnailWidth, int ThumbnailHeight);

public sealed record PicturePickerModel(string Field, int? Selected, IReadOnlyList<PickableImage> Images)
{
    public string Label { get; init; } = "Picture";
    public string Hint { get; init; } = "Shown at the top of the page, on its card and when the page is shared.";

    /// <summary>Whether to offer the Markdown lines that put images in a text (not for a team member's photo).</summary>
    public bool ForText { get; init; } = true;
}

/// <summary>
/// The picture field of the condition and page editors (and the team member's photo): a choice among library
/// images that are ready for patients (described or decorative), a thumbnail of the chosen one, and the
/// Markdown line that puts each one in the text.
/// </summary>
public sealed class PicturePickerViewComponent(ClinicDbContext db) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(string field, int? selected, string? label = null, string? hint = null, bool forText = true)
    {
        var rows = await db.MediaImages.AsNoTracking()
            .Where(m => m.IsDecorative || m.AltText != "" || m.Id == selected)
            .OrderBy(m => m.FileName).ThenBy(m => m.Id)
            .Select(m => new { m.Id, m.FileName, m.AltText, m.IsDecorative, m.ContentHash, m.Width, m.Height })
            .ToListAsync(HttpContext.RequestAborted);
        var images = rows.Select(m =>
        {
            var (w, h) = Renditions.SizeAt(Renditions.Widths[0], m.Width, m.Height);
            return new PickableImage(m.Id, m.FileName, m.AltText, m.IsDecorative, Renditions.Url(m.ContentHash, Renditions.Widths[0], Renditions.Webp), w, h);
        }).ToList();
        var model = new PicturePickerModel(field, selected, images) { ForText = forText };
        model = model with { Label = label ?? model.Label, Hint = hint ?? model.Hint };
        return View("~/Features/Admin/Content/_PicturePicker.cshtml", model);
    }
}
