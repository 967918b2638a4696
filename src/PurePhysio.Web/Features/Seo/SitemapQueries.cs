using PurePhysio.Web.Data;
using PurePhysio.Web.Features.Clinic;
using PurePhysio.Web.Features.Shared;

namespace PurePhysio.Web.Features.Seo;

public sealed record SitemapEntry(string Path, DateTimeOffset? LastModified);

/// <summary>Every public address worth crawling: home, conditions, treatments, team profiles and pages.</summary>
public sealed class SitemapQueries(ClinicProfileCache profiles, TimeProvider time)
{
    public async Task<IReadOnlyList<SitemapEntry>> ListAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var clinic = await profiles.GetAsync(cancellationToken);
        var conditions = clinic.ConditionsAt(now).OrderBy(c => c.Slug, StringComparer.Ordinal).ToList();
        var pages = clinic.PagesAt(now).OrderBy(p => p.Slug, StringComparer.Ordinal).ToList();
        var team = clinic.Team.OrderBy(p => p.Slug, StringComparer.Ordinal).ToList();
        var treatments = clinic.Treatments.OrderBy(t => t.Slug, StringComparer.Ordinal).ToList();

        // The home page shows its intro page and the condition list: it changes when either does.
        var home = pages.Where(p => p.Slug == SeedData.HomePageSlug).Select(p => (DateTimeOffset?)p.UpdatedAt)
            .Concat(conditions.Select(c => (DateTimeOffset?)c.UpdatedAt)).Max();
        var conditionsIndex = conditions.Select(c => (DateTimeOffset?)c.UpdatedAt).Max();

        var entries = new List<SitemapEntry> { new(PublicPaths.Home, home), new(PublicPaths.Conditions, conditionsIndex) };
        entries.AddRange(conditions.Select(c => new SitemapEntry(PublicPaths.Condition(c.Slug), c.UpdatedAt)));
        if (treatments.Count > 0)
        {
            entries.Add(new SitemapEntry(PublicPaths.Treatments, treatments.Max(t => t.UpdatedAt)));
            entries.AddRange(treatments.Select(t => new SitemapEntry(PublicPaths.Treatment(t.Slug), t.UpdatedAt)));
        }

        if (team.Count > 0)
        {
            entries.Add(new SitemapEntry(PublicPaths.Team, team.Max(p => p.UpdatedAt)));
            entries.AddRange(team.Select(p => new SitemapEntry(PublicPaths.Practitioner(p.Slug), p.UpdatedAt)));
        }

        entries.AddRange(pages.Where(p => p.Slug != SeedData.HomePageSlug).Select(p => new SitemapEntry(PublicPaths.Page(p.Slug), p.UpdatedAt)));
        return entries;
    }
}
