using Microsoft.EntityFrameworkCore;
using PurePhysio.Web.Data;
using PurePhysio.Web.Features.Media;

namespace PurePhysio.Web.Features.Admin.Content;

public sealed record PickableImage(int Id, string FileName, string AltText, bool IsDecorative, string ThumbnailUrl, int ThumbnailWidth, int ThumbnailHeight);

/// <summary>What the picture field (<c>_PicturePicker.cshtml</c>) shows: the choices, the chosen one and its wording.</summary>
internal sealed record PicturePickerModel(string Field, int? Selected, IReadOnlyList<PickableImage> Images)
{
    public string Label { get; init; } = "Picture";
    public string Hint { get; init; } = "Shown at the top of the page, on its card and when the page is shared.";

    /// <summary>Whether to offer the Markdown lines that put images in a text (not for a team member's photo).</summary>
    public bool ForText { get; init; } = true;
}

/// <summary>
/// The library images a form may choose for its picture (the condition and page editors, a team member's photo):
/// those ready for patients (described or decorative), and the one already chosen. Read by the handler that
/// prepares the form, so nothing queries the database while the view renders.
/// </summary>
public sealed class PictureChoices(ClinicDbContext db)
{
    public async Task<IReadOnlyList<PickableImage>> ListAsync(int? selected, CancellationToken cancellationToken)
    {
        var rows = await db.MediaImages.AsNoTracking()
            .Where(m => m.IsDecorative || m.AltText != "" || m.Id == selected)
            .OrderBy(m => m.FileName).ThenBy(m => m.Id)
            .Select(m => new { m.Id, m.FileName, m.AltText, m.IsDecorative, m.ContentHash, m.Width, m.Height })
            .ToListAsync(cancellationToken);
        return rows.Select(m =>
        {
            var (w, h) = Renditions.SizeAt(Renditions.Widths[0], m.Width, m.Height);
            return new PickableImage(m.Id, m.FileName, m.AltText, m.IsDecorative, Renditions.Url(m.ContentHash, Renditions.Widths[0], Renditions.Webp), w, h);
        }).ToList();
    }
}
