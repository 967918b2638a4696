using Microsoft.EntityFrameworkCore;
using PurePhysio.Web.Data;
using PurePhysio.Web.Features.OpeningHours;

namespace PurePhysio.Web.Features.Clinic;

/// <summary>
/// Keeps the <see cref="ClinicProfile"/> in memory. A profile is used while the version stamp
/// (<see cref="ISiteVersion"/>) it was read under is still current; <see cref="SiteCacheInterceptor"/>
/// moves the stamp on when staff save anything the profile holds, on this instance or (with Redis)
/// on every instance. The stamp is read before the database, so a save that lands during a read
/// leaves a stale stamp behind and the next request reads again.
/// </summary>
public sealed class ClinicProfileCache(IServiceScopeFactory scopes, ISiteVersion version, TimeProvider time, ILogger<ClinicProfileCache> logger)
    : IDisposable
{
    private sealed record Entry(ClinicProfile Profile, long Stamp);

    private static readonly TimeSpan RetryPublishingAfter = TimeSpan.FromSeconds(30);

    private readonly SemaphoreSlim _reading = new(1, 1);
    private readonly SemaphoreSlim _publishing = new(1, 1);
    private volatile Entry? _current;
    private DateTimeOffset _publishingPausedUntil = DateTimeOffset.MinValue;

    /// <summary>
    /// The current profile. When a scheduled draft's time has come it is published first (its save moves the
    /// version on), so no page is rendered from the replaced version after its time.
    /// </summary>
    public async ValueTask<ClinicProfile> GetAsync(CancellationToken cancellationToken = default)
    {
        var profile = await GetCurrentAsync(cancellationToken);
        var now = time.GetUtcNow();
        if (!profile.HasDraftDue(now) || now < _publishingPausedUntil)
        {
            return profile;
        }

        await PublishDueAsync(now, cancellationToken);
        return await GetCurrentAsync(cancellationToken);
    }

    private async Task PublishDueAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        await _publishing.WaitAsync(cancellationToken);
        try
        {
            // Another request may have published it while this one waited.
            if (!(await GetCurrentAsync(cancellationToken)).HasDraftDue(now) || now < _publishingPausedUntil)
            {
                return;
            }

            await using var scope = scopes.CreateAsyncScope();
            if (scope.ServiceProvider.GetService<IScheduledPublication>() is not { } publication)
            {
                return;
            }

            // Not cancellable: once claimed, a draft is published whoever asked for it.
            await publication.PublishDueAsync(CancellationToken.None);
            if ((await GetCurrentAsync(cancellationToken)).HasDraftDue(now))
            {
                // Claimed by another instance that has not committed yet: its commit moves the version on.
                _publishingPausedUntil = now + TimeSpan.FromSeconds(1);
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // Pages keep showing the live version; staff see the draft still scheduled. Not tried on every request.
            _publishingPausedUntil = now + RetryPublishingAfter;
            logger.LogError(exception, "Publishing scheduled drafts failed; trying again after {Pause}", RetryPublishingAfter);
        }
        finally
        {
            _publishing.Release();
        }
    }

    private async ValueTask<ClinicProfile> GetCurrentAsync(CancellationToken cancellationToken)
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

    public void Dispose()
    {
        _reading.Dispose();
        _publishing.Dispose();
    }

    private async Task<ClinicProfile> ReadAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ClinicDbContext>();

        var settings = await db.ClinicSettings.AsNoTracking().OrderBy(s => s.Id).FirstOrDefaultAsync(cancellationToken);
        var zone = ClinicTime.FindTimeZone(settings?.TimeZoneId);
        // From yesterday: a profile read late in the evening is still right after midnight in any zone.
        var yesterday = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), zone).DateTime).AddDays(-1);

        var hours = await OpeningHoursQueries.LoadAsync(db, zone, yesterday, cancellationToken);
        var testimonials = await db.Testimonials.AsNoTracking()
            .Where(t => t.IsPublished)
            .OrderBy(t => t.SortOrder).ThenBy(t => t.Id)
            .ToListAsync(cancellationToken);
        // Published content whatever its date: scheduled items appear when their time comes, without a save.
        var conditions = await db.Conditions.AsNoTracking()
            .Where(c => c.IsPublished)
            .Select(c => new PublishedContent(c.Id, c.Slug, c.Title, c.Summary, c.PublishedAt, c.UpdatedAt, false, 0))
            .ToListAsync(cancellationToken);
        var pages = await db.StaticPages.AsNoTracking()
            .Where(p => p.IsPublished)
            .Select(p => new PublishedContent(p.Id, p.Slug, p.Title, p.Summary, p.PublishedAt, p.UpdatedAt, p.ShowInFooter, p.FooterOrder))
            .ToListAsync(cancellationToken);
        var redirects = await db.SlugRedirects.AsNoTracking().ToListAsync(cancellationToken);
        var team = (await db.Practitioners.AsNoTracking()
                .Where(p => p.IsPublished)
                .OrderBy(p => p.SortOrder).ThenBy(p => p.Name)
                .Select(p => new { p.Id, p.Slug, p.Name, p.Role, p.SpecialInterests, p.UpdatedAt })
                .ToListAsync(cancellationToken))
            .Select(p => new PublishedPractitioner(p.Id, p.Slug, p.Name, p.Role, Domain.Practitioner.Lines(p.SpecialInterests), p.UpdatedAt))
            .ToList();
        var treatments = await db.Treatments.AsNoTracking()
            .Where(t => t.IsPublished)
            .OrderBy(t => t.SortOrder).ThenBy(t => t.Name)
            .Select(t => new PublishedTreatment(t.Id, t.Slug, t.Name, t.Summary, t.DurationMinutes, t.PriceKind, t.Price, t.VideoConsultationAvailable, t.UpdatedAt))
            .ToListAsync(cancellationToken);

        var pictures = await db.Conditions.AsNoTracking()
            .Where(c => c.IsPublished && c.Image != null && (c.Image.IsDecorative || c.Image.AltText != ""))
            .Select(c => new
            {
                c.Id,
                Image = new Media.MediaImageView(c.Image!.Id, c.Image.ContentHash, c.Image.Width, c.Image.Height, c.Image.HasAlpha,
                    c.Image.AltText, c.Image.IsDecorative, c.Image.Caption, c.Image.Credit),
            })
            .ToDictionaryAsync(c => c.Id, c => c.Image, cancellationToken);

        var draftsDueAt = await db.ContentDrafts.AsNoTracking()
            .Where(d => d.PublishAt != null)
            .Select(d => d.PublishAt!.Value)
            .ToListAsync(cancellationToken);

        return new ClinicProfile(settings, hours, testimonials, conditions, pages, redirects, team, treatments)
        {
            ConditionPictures = pictures,
            DraftsDueAt = draftsDueAt,
        };
    }
}
