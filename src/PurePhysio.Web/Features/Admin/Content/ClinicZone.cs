using Microsoft.EntityFrameworkCore;
using PurePhysio.Web.Data;
using PurePhysio.Web.Features.Clinic;

namespace PurePhysio.Web.Features.Admin.Content;

/// <summary>The clinic's time zone, read once per request, for showing stored UTC times as clinic time.</summary>
public sealed class AdminClock(ClinicDbContext db)
{
    private TimeZoneInfo? _zone;

    public TimeZoneInfo Zone => _zone ??= ClinicTime.FindTimeZone(db.ClinicSettings.AsNoTracking().Select(s => s.TimeZoneId).FirstOrDefault());
}
