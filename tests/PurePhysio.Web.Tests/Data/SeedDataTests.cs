using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using PurePhysio.Web.Data;
using PurePhysio.Web.Features.OpeningHours;

namespace PurePhysio.Web.Tests.Data;

public sealed class SeedDataTests : IAsyncLifetime
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"purephysio-seed-{Guid.NewGuid():N}.db");

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
    public async Task SeedingTwiceChangesNothing()
    {
        await using (var db = NewContext())
        {
            await SeedData.ApplyAsync(db, TimeProvider.System);
        }

        var first = await SnapshotAsync();
        await using (var db = NewContext())
        {
            await SeedData.ApplyAsync(db, TimeProvider.System);
        }

        Assert.Equal(first, await SnapshotAsync());
    }

    [Fact]
    public async Task SeedingCarriesTheClinicsPageFacts()
    {
        await using var db = NewContext();
        await SeedData.ApplyAsync(db, TimeProvider.System);

        var condition = await db.Conditions.AsSingleQuery().Include(c => c.Symptoms).Include(c => c.Resources)
            .SingleAsync(c => c.Slug == SeedData.CervicalMyelopathySlug);
        Assert.Equal(SeedData.CervicalMyelopathySymptoms, condition.Symptoms.OrderBy(s => s.SortOrder).Select(s => s.Text));
        Assert.Equal(SeedData.BmjResourceUrl, Assert.Single(condition.Resources).Url);
        Assert.Contains("between 50-60 years of age", condition.Body, StringComparison.Ordinal);
        // Monday to Saturday 8AM - 8PM (one period each); Sunday has none, so it is closed.
        var periods = await db.OpeningPeriods.ToListAsync();
        Assert.Equal(OpeningSchedule.WeekOrder.Take(6).Order(), periods.Select(p => p.Day).Order());
        Assert.All(periods, p => Assert.Equal((new TimeOnly(8, 0), new TimeOnly(20, 0)), (p.Opens, p.Closes)));
        Assert.Equal(4, await db.Testimonials.CountAsync());
        Assert.True(await db.Conditions.CountAsync() >= 5);
    }

    [Fact]
    public async Task SeedingNeverOverwritesOrRestoresStaffEdits()
    {
        await using (var db = NewContext())
        {
            await SeedData.ApplyAsync(db, TimeProvider.System);
            var condition = await db.Conditions.SingleAsync(c => c.Slug == SeedData.CervicalMyelopathySlug);
            condition.Title = "Edited by staff";
            db.Testimonials.Remove(await db.Testimonials.OrderBy(t => t.Id).FirstAsync());
            await db.SaveChangesAsync();
        }

        await using (var db = NewContext())
        {
            await SeedData.ApplyAsync(db, TimeProvider.System);
        }

        await using (var db = NewContext())
        {
            Assert.Equal("Edited by staff", (await db.Conditions.SingleAsync(c => c.Slug == SeedData.CervicalMyelopathySlug)).Title);
            Assert.Equal(3, await db.Testimonials.CountAsync());
        }
    }

    private async Task<string> SnapshotAsync()
    {
        await using var db = NewContext();
        var snapshot = new
        {
            Conditions = await db.Conditions.AsNoTracking().OrderBy(c => c.Id).Select(c => new { c.Id, c.Slug, c.Title, c.Body, c.UpdatedAt }).ToListAsync(),
            Symptoms = await db.Symptoms.AsNoTracking().OrderBy(s => s.Id).Select(s => new { s.Id, s.Text }).ToListAsync(),
            Hours = await db.OpeningPeriods.AsNoTracking().OrderBy(h => h.Id).ToListAsync(),
            Testimonials = await db.Testimonials.AsNoTracking().OrderBy(t => t.Id).ToListAsync(),
            Pages = await db.StaticPages.AsNoTracking().OrderBy(p => p.Id).Select(p => new { p.Id, p.Slug, p.Body }).ToListAsync(),
            Settings = await db.ClinicSettings.AsNoTracking().ToListAsync(),
        };
        return JsonSerializer.Serialize(snapshot);
    }
}
