using System.Net;
using Microsoft.EntityFrameworkCore;
using PurePhysio.Web.Tests.Infrastructure;
using Serilog.Events;

namespace PurePhysio.Web.Tests.Operations;

/// <summary>Two instances started together on one new database: one migrates and seeds, the other waits (issue 15).</summary>
public sealed class ConcurrentStartTests
{
    [Fact]
    public async Task TwoInstancesStartingTogetherOnANewDatabaseLogNoErrorAndSeedOnce()
    {
        var dataPath = ClinicAppFactory.NewDataPath();
        using var first = new EnvironmentAppFactory("Testing") { DataPath = dataPath };
        using var second = new EnvironmentAppFactory("Testing") { DataPath = dataPath, DeleteDataOnDispose = false };

        await Task.WhenAll(Task.Run(() => first.Server), Task.Run(() => second.Server));

        foreach (var instance in new[] { first, second })
        {
            using var health = await instance.CreateClient().GetAsync(new Uri("/health", UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, health.StatusCode);
            Assert.Empty(instance.Logs.Events.Where(e => e.Level >= LogEventLevel.Error).Select(TestLogSink.Render));
        }

        var seeds = await first.WithDbAsync(db => db.AppliedSeeds.Select(s => s.Name).ToListAsync());
        Assert.Equal(seeds.Distinct().Count(), seeds.Count);
        Assert.Equal(1, await first.WithDbAsync(db => db.ClinicSettings.CountAsync()));
        Assert.Equal(PurePhysio.Web.Features.Admin.AdminRoles.All.Count, await first.WithDbAsync(db => db.Roles.CountAsync()));
    }
}
