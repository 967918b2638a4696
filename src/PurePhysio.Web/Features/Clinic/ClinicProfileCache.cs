using Microsoft.EntityFrameworkCore;
using PurePhysio.Web.Data;

namespace PurePhysio.Web.Features.Clinic;

/// <summary>
/// Keeps the <see cref="ClinicProfile"/> in memory. A profile is used while the version stamp
/// (<see cref="ISiteVersion"/>) it was read under is still current; <see cref="SiteCacheInterceptor"/>
/// moves the stamp on when staff save anything the profile holds, on this instance or (with Redis)
/// on every instance. The stamp is read before the database, so a save that lands during a read
/// leaves a stale stamp behind and the next request reads again.
/// </summary>
public sealed class ClinicProfileCache(IServiceScopeFactory scopes, ISiteVersion version, TimeProvider time) : IDisposable
{
    private sealed record Entry(ClinicProfile Profile, long Stamp);

    private readonly SemaphoreSlim _reading = new(1, 1);
    private volatile Entry? _current;

    public async ValueTask<ClinicProfile> GetAsync(CancellationToken cancellationToken = default)
    {
        var stamp = await version.CurrentAsync(cancellationToken);
        var current = _current;
        if (current is not null && current.Stamp == stamp)
        {
            return current.Profile;
        }

        // One read at a time: a burst after a change reads the database once, not once per request.
        await _reading.WaitAsync(cancellationToken);
        try
        {
            stamp = await version.CurrentAsync(cancellationToken);
            current = _current;
            if (current is not null && current.Stamp == stamp)
            {
                return current.Profile;
            }

            var profile = await ReadAsync(cancellationToken);
            _current = new Entry(profile, stamp);
            return profile;
        }
        finally
        {
            _reading.Release();
        }
    }

    public void Dispose() => _reading.Dispose();

    private async Task<ClinicProfile> ReadAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ClinicDbContext>();

        var settings = await db.ClinicSettings.AsNoTracking().FirstOrDefaultAsync(cancellationToken);
        var zone = ClinicTime.FindTimeZone(settings?.TimeZoneId);
        // From yesterday: a profile read late in the evening is still right after midnight in any zone.
        var yesterday = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), zone).DateTime).AddDays(-1);

        var week = await db.OpeningHours.AsNoTracking().ToListAsync(cancellationToken);
        var closures = await db.Closures.AsNoTracking()
            .Where(c => c.EndDate >= yesterday)
            .OrderBy(c => c.StartDate).ThenBy(c => c.Id)
            .ToListAsync(cancellationToken);
        var testimonials = await db.Testimonials.AsNoTracking()
            .Where(t => t.IsPublished)
            .OrderBy(t => t.SortOrder).ThenBy(t => t.Id)
            .ToListAsync(cancellationToken);
        // Published content whatever its date: scheduled items appear when their time comes, without a save.
        var conditions = await db.Conditions.AsNoTracking()
            .Where(c => c.IsPublished)
            .Select(c => new PublishedContent(c.Id, c.Slug, c.Title, c.Summary, c.PublishedAt, c.UpdatedAt, c.Version, false, 0))
            .ToListAsync(cancellationToken);
        var pages = await db.StaticPages.AsNoTracking()
            .Where(p => p.IsPublished)
            .Select(p => new PublishedContent(p.Id, p.Slug, p.Title, p.Summary, p.PublishedAt, p.UpdatedAt, p.Version, p.ShowInFooter, p.FooterOrder))
            .ToListAsync(cancellationToken);
        var redirects = await db.SlugRedirects.AsNoTracking().ToListAsync(cancellationToken);

        return new ClinicProfile(settings, week, closures, testimonials, conditions, pages, redirects);
    }
}
