using PurePhysio.Web.Features.Clinic;

namespace PurePhysio.Web.Features.Admin.Content;

/// <summary>
/// Looks up the clinic's time zone (from the clinic profile in memory), the zone staff think in: stored UTC
/// times are shown in it, and "today" for closures, special hours and bank holidays is the clinic's today.
/// One lookup per request (scoped, remembered), made asynchronously, so views that show times never block.
/// </summary>
public sealed class ClinicTimeZone(ClinicProfileCache profiles, TimeProvider time)
{
    private TimeZoneInfo? _zone;

    public async ValueTask<TimeZoneInfo> GetAsync(CancellationToken cancellationToken = default) =>
        _zone ??= (await profiles.GetAsync(cancellationToken)).TimeZone;

    /// <summary>Today's date at the clinic.</summary>
    public async ValueTask<DateOnly> TodayAsync(CancellationToken cancellationToken = default) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), await GetAsync(cancellationToken)).DateTime);
}
