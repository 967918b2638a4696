using Microsoft.EntityFrameworkCore;
using PurePhysio.Web.Data;
using PurePhysio.Web.Domain;

namespace PurePhysio.Web.Features.Seo;

public sealed record SitemapEntry(string Path, DateTimeOffset? LastModified);

/// <summary>Every public address worth crawling: home, conditions, treatments, team profiles and pages.</summary>
public sealed class SitemapQueries(ClinicDbContext db, TimeProvider time)
{
    public async Task<IReadOnlyList<SitemapEntry>> ListAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var conditions = await db.Conditions.AsNoTracking().WherePublished(now)
            .OrderBy(c => c.Slug)
            .Select(c => new { c.Slug, c.UpdatedAt })
            .ToListAsync(cancellationToken);
        var pages = await db.StaticPages.AsNoTracking().WherePublished(now)
            .OrderBy(p => p.Slug)
            .Select(p => new { p.Slug, p.UpdatedAt })
            .ToListAsync(cancellationToken);

        var team = await db.Practitioners.AsNoTracking().Where(p => p.IsPublished)
            .OrderBy(p => p.Slug).Select(p => new { p.Slug, p.UpdatedAt }).ToListAsync(cancellationToken);
        var treatments = await db.Treatments.AsNoTracking().Where(t => t.IsPublished)
            .OrderBy(t => t.Slug).Select(t => new { t.Slug, t.UpdatedAt }).ToListAsync(cancellationToken);

        // The home page shows its intro page and the condition list: it changes when either does.
        var home = pages.Where(p => p.Slug == SeedData.HomePageSlug).Select(p => (DateTimeOffset?)p.UpdatedAt)
            .Concat(conditions.Select(c => (DateTimeOffset?)c.UpdatedAt)).Max();
        var conditionsIndex = conditions.Select(c => (DateTimeOffset?)c.UpdatedAt).Max();

        var entries = new List<SitemapEntry> { new("/", home), new("/conditions", conditionsIndex) };
        entries.AddRange(conditions.Select(c => new SitemapEntry("/conditions/" + c.Slug, c.UpdatedAt)));
        if (treatments.Count > 0)
        {
            entries.Add(new SitemapEntry("/treatments", treatments.Max(t => t.UpdatedAt)));
            entries.AddRange(treatments.Select(t => new SitemapEntry("/treatments/" + t.Slug, t.UpdatedAt)));
        }

        if (team.Count > 0)
        {
            entries.Add(new SitemapEntry("/team", team.Max(p => p.UpdatedAt)));
            entries.AddRange(team.Select(p => new SitemapEntry("/team/" + p.Slug, p.UpdatedAt)));
        }

        entries.AddRange(pages.Where(p => p.Slug != SeedData.HomePageSlug).Select(p => new SitemapEntry("/" + p.Slug, p.UpdatedAt)));
        return entries;
    }
}
