using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using PurePhysio.Web.Data;

namespace PurePhysio.Web.Features.Admin.Media;

/// <summary>One place an image is used, as staff would look for it: the admin controller that edits it, and its id.</summary>
public sealed record MediaUsage(string Description, string EditController, int Id);

/// <summary>Where a library image is used: as a condition's or page's picture, inside their Markdown, or as a team member's photo.</summary>
public sealed class MediaUsages(ClinicDbContext db)
{
    public static class AuditActions
    {
        public const string Uploaded = "media.uploaded";
        public const string Updated = "media.updated";
        public const string Replaced = "media.replaced";
        public const string Deleted = "media.deleted";
    }

    public async Task<IReadOnlyList<MediaUsage>> FindAsync(int imageId, CancellationToken cancellationToken)
    {
        // SQL narrows by substring; the regex then tells media:1 from media:12.
        var token = $"media:{imageId}";
        var reference = new Regex($@"\]\(\s*<?media:{imageId}(?![0-9])", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        var conditions = await db.Conditions.AsNoTracking()
            .Where(c => c.ImageId == imageId || c.Introduction.Contains(token) || c.Body.Contains(token))
            .Select(c => new { c.Id, c.Title, c.ImageId, c.Introduction, c.Body })
            .ToListAsync(cancellationToken);
        var pages = await db.StaticPages.AsNoTracking()
            .Where(p => p.ImageId == imageId || p.Body.Contains(token))
            .Select(p => new { p.Id, p.Title, p.ImageId, p.Body })
            .ToListAsync(cancellationToken);
        var practitioners = await db.Practitioners.AsNoTracking()
            .Where(p => p.PhotoId == imageId)
            .OrderBy(p => p.Name)
            .Select(p => new { p.Id, p.Name })
            .ToListAsync(cancellationToken);

        var usages = new List<MediaUsage>();
        foreach (var c in conditions.OrderBy(c => c.Title))
        {
            if (c.ImageId == imageId)
            {
                usages.Add(new($"Picture of the condition “{c.Title}”", "Conditions", c.Id));
            }

            if (reference.IsMatch(c.Introduction) || reference.IsMatch(c.Body))
            {
                usages.Add(new($"In the text of the condition “{c.Title}”", "Conditions", c.Id));
            }
        }

        foreach (var p in pages.OrderBy(p => p.Title))
        {
            if (p.ImageId == imageId)
            {
                usages.Add(new($"Picture of the page “{p.Title}”", "Pages", p.Id));
            }

            if (reference.IsMatch(p.Body))
            {
                usages.Add(new($"In the text of the page “{p.Title}”", "Pages", p.Id));
            }
        }

        usages.AddRange(practitioners.Select(p => new MediaUsage($"Photo of the team member “{p.Name}”", "Team", p.Id)));
        return usages;
    }
}
