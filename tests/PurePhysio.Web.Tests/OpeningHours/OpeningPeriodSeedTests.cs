using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using PurePhysio.Web.Data;

namespace PurePhysio.Web.Tests.OpeningHours;

/// <summary>Upgrading a database whose staff edited the one-period-a-day hours keeps their hours.</summary>
public sealed class OpeningPeriodSeedTests : IAsyncLifetime
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"purephysio-periods-{Guid.NewGuid():N}.db");

    private SqliteClinicDbContext NewContext() =>
        new(new DbContextOptionsBuilder<SqliteClinicDbContext>().UseSqlite($"Data Source={_path}").Options);

    public async Task InitializeAsync()
    {
        await using var db = NewContext();
        await db.Database.MigrateAsync();
    }

    public Task DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        File.Delete(_path);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task StaffEditedWeeklyHoursBecomeTheFirstPeriodsOnUpgrade()
    {
        await using (var db = NewContext())
        {
            await SeedData.ApplyAsync(db, TimeProvider.System);

            // Roll back to before issue 13: no periods, the step not applied, and staff had edited the old hours.
            await db.OpeningPeriods.ExecuteDeleteAsync();
            await db.AppliedSeeds.Where(s => s.Name == "2026-12-opening-periods").ExecuteDeleteAsync();
            var monday = await db.OpeningHours.SingleAsync(h => h.Day == DayOfWeek.Monday);
            monday.Opens = new TimeOnly(9, 0);
            monday.Closes = new TimeOnly(17, 0);
            var saturday = await db.OpeningHours.SingleAsync(h => h.Day == DayOfWeek.Saturday);
            saturday.IsClosed = true;
            saturday.Opens = null;
            saturday.Closes = null;
            await db.SaveChangesAsync();
        }

        await using (var db = NewContext())
        {
            await SeedData.ApplyAsync(db, TimeProvider.System);
        }

        await using (var db = NewContext())
        {
            var periods = await db.OpeningPeriods.AsNoTracking().ToListAsync();
            Assert.Equal(5, periods.Count);
            Assert.DoesNotContain(periods, p => p.Day is DayOfWeek.Saturday or DayOfWeek.Sunday);
            var monday = Assert.Single(periods, p => p.Day == DayOfWeek.Monday);
            Assert.Equal((new TimeOnly(9, 0), new TimeOnly(17, 0)), (monday.Opens, monday.Closes));
        }
    }
}
