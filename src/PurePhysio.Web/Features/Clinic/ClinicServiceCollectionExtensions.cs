using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.OutputCaching.StackExchangeRedis;
using PurePhysio.Web.Data;
using StackExchange.Redis;

namespace PurePhysio.Web.Features.Clinic;

internal sealed class RedisSettings
{
    public const string SectionName = "Redis";

    /// <summary>A StackExchange.Redis connection string; empty for a single instance with in-memory caches.</summary>
    public string Configuration { get; set; } = "";
}

internal static class ClinicServiceCollectionExtensions
{
    /// <summary>
    /// The clinic read model, the public pages' output cache and the interceptor that keeps both
    /// exact; with <c>Redis:Configuration</c> set, both are shared by every instance (ADR 0010).
    /// </summary>
    public static IServiceCollection AddClinicReadModel(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<OutputCacheSettings>().BindConfiguration(OutputCacheSettings.SectionName);
        var redis = configuration.GetSection(RedisSettings.SectionName).Get<RedisSettings>() ?? new RedisSettings();

        services.AddOutputCache(o =>
        {
            // Room for every page of a clinic site many times over; a crawler cannot grow it further.
            o.SizeLimit = 64 * 1024 * 1024;
            o.DefaultExpirationTimeSpan = TimeSpan.FromMinutes(10);
            // /Conditions/Sciatica is not the page's address: it misses and is redirected to /conditions/sciatica.
            o.UseCaseSensitivePaths = true;
        });
        services.AddSingleton<PublicPagePolicy>();
        services.AddOptions<OutputCacheOptions>()
            .Configure<PublicPagePolicy>((o, policy) =>
            {
                // The base policy: the middleware runs before routing (Program.cs), so no endpoint is known at lookup.
                o.AddBasePolicy(policy);
                o.AddPolicy(PublicPagePolicy.Name, policy);
            });

        if (string.IsNullOrWhiteSpace(redis.Configuration))
        {
            services.AddSingleton<ISiteVersion, LocalSiteVersion>();
        }
        else
        {
            var options = ConfigurationOptions.Parse(redis.Configuration);
            // Start even when Redis is down; reads fall back to the database until it is back.
            options.AbortOnConnectFail = false;
            services.AddSingleton<IConnectionMultiplexer>(_ => ConnectionMultiplexer.Connect(options));
            services.AddSingleton<ISiteVersion, RedisSiteVersion>();
            services.AddStackExchangeRedisOutputCache(o => o.InstanceName = "purephysio:");
            // One connection for the version stamp and the page store.
            services.AddOptions<RedisOutputCacheOptions>()
                .Configure<IConnectionMultiplexer>((o, connection) => o.ConnectionMultiplexerFactory = () => Task.FromResult(connection));
        }

        services.AddSingleton<ClinicProfileCache>();
        services.AddSingleton<SiteCacheInterceptor>();
        services.ConfigureDbContext<SqliteClinicDbContext>((sp, o) => o.AddInterceptors(sp.GetRequiredService<SiteCacheInterceptor>()));
        services.ConfigureDbContext<SqlServerClinicDbContext>((sp, o) => o.AddInterceptors(sp.GetRequiredService<SiteCacheInterceptor>()));
        return services;
    }
}
