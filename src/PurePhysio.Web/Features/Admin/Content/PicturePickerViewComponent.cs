using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using PurePhysio.Web.Data;
using PurePhysio.Web.Features.Media;

namespace PurePhysio.Web.Features.Admin.Content;

public sealed record PickableImage(int Id, string FileName, string AltText, bool IsDecorative, string ThumbnailUrl, int ThumbnailWidth, int ThumbnailHeight);

public sealed record PicturePickerModel(string Field, int? Selected, IReadOnlyList<PickableImage> Images);

/// <summary>
/// The picture field of the condition and page editors: a choice among library images that are ready for
/// patients (described or decorative), and the Markdown line that puts each one in the text.
/// </summary>
public sealed class PicturePickerViewComponent(ClinicDbContext db) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(string field, int? selected)
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
        return View("~/Features/Admin/Content/_PicturePicker.cshtml", new PicturePickerModel(field, selected, images));
    }
}
