using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using PurePhysio.Web.Data;
using PurePhysio.Web.Tests.Infrastructure;
using Serilog.Core;

namespace PurePhysio.Web.Tests.Caching;

/// <summary>
/// The app with what caching tests observe: every SQL command, every log event (request lines at
/// Information) and, where a test sets one, a clock it moves.
/// </summary>
public class CachingAppFactory : ClinicAppFactory
{
    public SqlCommandProbe Sql { get; } = new();

    public TestLogSink Log { get; } = new();

    /// <summary>Null: the system clock.</summary>
    protected virtual FakeTimeProvider? Clock => null;

    protected virtual bool OutputCacheEnabled => true;

    /// <summary>A shared database file and Redis, for tests that run two instances.</summary>
    protected virtual IDictionary<string, string?> InstanceSettings => new Dictionary<string, string?>();

    protected override IDictionary<string, string?> Settings
    {
        get
        {
            var settings = new Dictionary<string, string?>
            {
                ["Serilog:MinimumLevel:Default"] = "Information",
                // Request lines go to the test sink, not to the console of the test run.
                ["Serilog:WriteTo:0:Args:configure:0:Args:restrictedToMinimumLevel"] = "Warning",
                ["OutputCache:Enabled"] = OutputCacheEnabled ? "true" : "false",
            };
            foreach (var (key, value) in InstanceSettings)
            {
                settings[key] = value;
            }

            return settings;
        }
    }

    protected override void ConfigureServices(IServiceCollection services)
    {
        services.AddSingleton<ILogEventSink>(Log);
        services.ConfigureDbContext<SqliteClinicDbContext>((sp, o) =>
        {
            Sql.RequestsOnly = sp.GetRequiredService<Microsoft.AspNetCore.Http.IHttpContextAccessor>();
            o.AddInterceptors(Sql);
        });
        if (Clock is { } clock)
        {
            services.AddSingleton<TimeProvider>(clock);
        }
    }

    /// <summary>How the output cache treated each logged request for <paramref name="path"/>: hit, miss, bypass or none.</summary>
    public IReadOnlyList<string> CacheOutcomes(string path) =>
        [.. Log.Events
            .Where(e => e.Properties.TryGetValue("RequestPath", out var p) && p.ToString() == $"\"{path}\"")
            .Select(e => e.Properties.TryGetValue("OutputCache", out var o) ? o.ToString().Trim('"') : "")];
}

/// <summary>The rendering path on its own: output cache off.</summary>
public sealed class UncachedAppFactory : CachingAppFactory
{
    protected override bool OutputCacheEnabled => false;
}
