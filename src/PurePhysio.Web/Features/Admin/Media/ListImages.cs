using Microsoft.EntityFrameworkCore;
using PurePhysio.Web.Data;
using PurePhysio.Web.Features.Media;

namespace PurePhysio.Web.Features.Admin.Media;

public sealed record MediaListItem(int Id, string FileName, string AltText, bool IsDecorative, int Width, int Height, string ContentHash, bool HasAlpha)
{
    public bool NeedsAltText => !IsDecorative && AltText.Length == 0;

    public string ThumbnailUrl => Renditions.Url(ContentHash, Renditions.Widths[0], Renditions.Webp);
}

public sealed record ListImagesViewModel(string? Search, IReadOnlyList<MediaListItem> Images);

/// <summary>The library grid, newest first, searchable by file name, alt text and caption.</summary>
public sealed class ListImages(ClinicDbContext db)
{
    public const int PageSize = 200;

    public async Task<ListImagesViewModel> HandleAsync(string? search, CancellationToken cancellationToken)
    {
        var query = db.MediaImages.AsNoTracking();
        var term = search?.Trim();
        if (!string.IsNullOrEmpty(term))
        {
            // LIKE: case-insensitive on SQLite (ASCII) and on SQL Server's default collations.
            var pattern = "%" + term.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%";
            query = query.Where(m => EF.Functions.Like(m.FileName, pattern, "\\") || EF.Functions.Like(m.AltText, pattern, "\\")
                || EF.Functions.Like(m.Caption, pattern, "\\"));
        }

        var images = await query.OrderByDescending(m => m.Id).Take(PageSize)
            .Select(m => new MediaListItem(m.Id, m.FileName, m.AltText, m.IsDecorative, m.Width, m.Height, m.ContentHash, m.HasAlpha))
            .ToListAsync(cancellationToken);
        return new ListImagesViewModel(term, images);
    }
}
