using PurePhysio.Web.Features.Admin.Users;
using PurePhysio.Web.Features.Errors;
using PurePhysio.Web.Features.Search;

namespace PurePhysio.Web.Data;

/// <summary>
/// What an instance does before it serves: migrations and seeding, the search index check and the staff roles
/// under the start-up lock (instances starting together on one database take turns), then the 500 page's
/// phone number. Each step is timed for the start-up log line (docs/operations.md).
/// </summary>
internal static class StartupWork
{
    /// <summary>Starts the work on the thread pool, so that the caller can set up the request pipeline meanwhile.</summary>
    public static Task StartAsync(IServiceProvider services, StartupTimings timings) =>
        Task.Run(() => RunAsync(services, timings));

    private static async Task RunAsync(IServiceProvider services, StartupTimings timings)
    {
        await using (await timings.TimeAsync("start-up lock", () => StartupLock.AcquireAsync(services)))
        {
            await timings.TimeAsync("database", () => services.InitializeDatabaseAsync());
            await timings.TimeAsync("search index", () => services.InitializeSearchIndexAsync());
            await timings.TimeAsync("staff roles", () => services.InitializeAdminAsync());
        }

        await timings.TimeAsync("clinic phone", () => ClinicPhone.LoadAsync(services));
    }
}
