using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using PurePhysio.Web.Data;

namespace PurePhysio.Web.Features.Media;

/// <summary>Library images by id, as pages show them; and which ones a piece of Markdown refers to.</summary>
public sealed partial class MediaLookup(ClinicDbContext db)
{
    /// <summary>The images with these ids that are ready for patients (described or decorative); others are absent.</summary>
    public async Task<IReadOnlyDictionary<int, MediaImageView>> FindAsync(IEnumerable<int> ids, CancellationToken cancellationToken)
    {
        var wanted = ids.Distinct().ToList();
        if (wanted.Count == 0)
        {
            return new Dictionary<int, MediaImageView>();
        }

        return await db.MediaImages.AsNoTracking()
            .Where(m => wanted.Contains(m.Id) && (m.IsDecorative || m.AltText != ""))
            .Select(m => new MediaImageView(m.Id, m.ContentHash, m.Width, m.Height, m.HasAlpha, m.AltText, m.IsDecorative, m.Caption, m.Credit))
            .ToDictionaryAsync(m => m.Id, cancellationToken);
    }

    /// <summary>The library images the texts refer to, in order of first use: <c>![alt](media:12)</c>.</summary>
    public static IReadOnlyList<int> ReferencedIds(params string?[] markdown) =>
        markdown.Where(m => !string.IsNullOrEmpty(m))
            .SelectMany(m => MediaReference().Matches(m!).Select(x => int.Parse(x.Groups[1].ValueSpan, System.Globalization.CultureInfo.InvariantCulture)))
            .Distinct()
            .ToList();

    /// <summary>The picture and body images of one page, in one query.</summary>
    public async Task<PageImages> ForPageAsync(int? pictureId, CancellationToken cancellationToken, params string?[] markdown)
    {
        var bodyIds = ReferencedIds(markdown);
        var found = await FindAsync(pictureId is { } id ? bodyIds.Append(id) : bodyIds, cancellationToken);
        return new PageImages(pictureId is { } p && found.TryGetValue(p, out var picture) ? picture : null, found);
    }

    [GeneratedRegex(@"\]\(\s*<?media:([0-9]{1,9})\b", RegexOptions.CultureInvariant)]
    private static partial Regex MediaReference();
}

/// <summary>A page's own picture (if any) and every library image its Markdown refers to, by id.</summary>
public sealed record PageImages(MediaImageView? Picture, IReadOnlyDictionary<int, MediaImageView> ById)
{
    public static readonly PageImages None = new(null, new Dictionary<int, MediaImageView>());
}
