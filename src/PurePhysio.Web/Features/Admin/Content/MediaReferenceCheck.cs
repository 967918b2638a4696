using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using PurePhysio.Web.Data;
using PurePhysio.Web.Features.Media;

namespace PurePhysio.Web.Features.Admin.Content;

/// <summary>
/// The editors' check on images: a picture or a <c>![alt](media:ID)</c> in the text must name a library
/// image that has alt text or is marked decorative, so no page can show an undescribed image.
/// </summary>
public sealed class MediaReferenceCheck(ClinicDbContext db)
{
    public async Task CheckAsync(int? pictureId, string pictureField, string textField, ModelStateDictionary errors,
        CancellationToken cancellationToken, params string?[] markdown)
    {
        var textIds = MediaLookup.ReferencedIds(markdown);
        var ids = pictureId is { } p ? textIds.Append(p).Distinct().ToList() : textIds;
        if (ids.Count == 0)
        {
            return;
        }

        var found = await db.MediaImages.AsNoTracking().Where(m => ids.Contains(m.Id))
            .Select(m => new { m.Id, m.FileName, Described = m.IsDecorative || m.AltText != "" })
            .ToDictionaryAsync(m => m.Id, cancellationToken);
        string? Problem(int id) =>
            !found.TryGetValue(id, out var image) ? $"there is no image media:{id} in the media library"
            : !image.Described ? $"the image “{image.FileName}” (media:{id}) has no alt text yet: describe it in the media library, or mark it decorative"
            : null;

        if (pictureId is { } picture && Problem(picture) is { } pictureProblem)
        {
            errors.AddModelError(pictureField, $"Picture: {pictureProblem}.");
        }

        foreach (var id in textIds)
        {
            if (Problem(id) is { } textProblem)
            {
                errors.AddModelError(textField, $"Image in the text: {textProblem}.");
            }
        }
    }
}
