using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using PurePhysio.Web.Data;

namespace PurePhysio.Web.Tests.Infrastructure;

/// <summary>
/// The whole app over HTTP, on a real SQLite file in a fresh temporary data folder per factory.
/// Subclass and override <see cref="ConfigureServices"/> or <see cref="Settings"/> to change a part.
/// </summary>
public class ClinicAppFactory : WebApplicationFactory<Program>
{
    public string DataPath { get; init; } = NewDataPath();

    /// <summary>False for a factory that shares its data folder with another (a restart, a second instance): the owner deletes it.</summary>
    public bool DeleteDataOnDispose { get; init; } = true;

    public static string NewDataPath() => Path.Combine(Path.GetTempPath(), "purephysio-tests", Guid.NewGuid().ToString("N"));

    /// <summary>Configuration the app sees, on top of appsettings.json.</summary>
    protected virtual IDictionary<string, string?> Settings => new Dictionary<string, string?>();

    protected virtual void ConfigureServices(IServiceCollection services)
    {
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        Directory.CreateDirectory(DataPath);
        builder.UseEnvironment("Testing");
        // UseSetting (not ConfigureAppConfiguration) so Program sees the values while it registers services.
        builder.UseSetting("Storage:DataPath", DataPath);
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        // Tests sign in many times from one (absent) address; the rate limit's own tests set a small one.
        builder.UseSetting("Admin:SignIn:RateLimitPermits", "100000");
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureServices(services => services.AddSingleton<IStartupFilter, TestClientAddress.StartupFilter>());
        builder.ConfigureTestServices(ConfigureServices);
    }

    /// <summary>Runs <paramref name="work"/> against the app's database in its own scope.</summary>
    public async Task WithDbAsync(Func<ClinicDbContext, Task> work)
    {
        await using var scope = Services.CreateAsyncScope();
        await work(scope.ServiceProvider.GetRequiredService<ClinicDbContext>());
    }

    public async Task<T> WithDbAsync<T>(Func<ClinicDbContext, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<ClinicDbContext>());
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && DeleteDataOnDispose)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(DataPath, recursive: true);
            }
            catch (IOException)
            {
                // A file still held open by a background task; the OS temp cleaner will take it.
            }
        }
    }
}
