using Microsoft.EntityFrameworkCore;
using PurePhysio.Web.Domain;

namespace PurePhysio.Web.Data;

internal static partial class SeedData
{
    /// <summary>
    /// Issue 13: a day may have several periods. The weekly hours staff last saved (one period a day) become
    /// the first periods; a fresh database gets the seeded week (Monday to Saturday 8AM - 8PM) the same way.
    /// </summary>
    private static async Task CopyWeeklyHoursToPeriodsAsync(ClinicDbContext db)
    {
        if (await db.OpeningPeriods.AnyAsync())
        {
            return;
        }

        var legacy = await db.OpeningHours.AsNoTracking().ToListAsync();
        db.OpeningPeriods.AddRange(legacy
            .Where(h => !h.IsClosed && h.Opens is { } opens && h.Closes is { } closes && opens < closes)
            .Select(h => new OpeningPeriod { Day = h.Day, Opens = h.Opens!.Value, Closes = h.Closes!.Value }));
    }
}
