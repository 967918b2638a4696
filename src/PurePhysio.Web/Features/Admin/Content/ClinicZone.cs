using PurePhysio.Web.Features.Clinic;

namespace PurePhysio.Web.Features.Admin.Content;

/// <summary>The clinic's time zone from the clinic profile in memory, for showing stored UTC times as clinic time.</summary>
public sealed class AdminClock(ClinicProfileCache profiles)
{
    public async Task<TimeZoneInfo> ZoneAsync(CancellationToken cancellationToken = default) =>
        (await profiles.GetAsync(cancellationToken)).TimeZone;
}
