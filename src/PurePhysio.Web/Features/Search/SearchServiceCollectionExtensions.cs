using PurePhysio.Web.Data;

namespace PurePhysio.Web.Features.Search;

internal static class SearchServiceCollectionExtensions
{
    /// <summary>Site search: the query service, the indexer, and the interceptor that re-indexes content on save.</summary>
    public static IServiceCollection AddSiteSearch(this IServiceCollection services)
    {
        services.AddSingleton<SearchIndexInterceptor>();
        services.AddScoped<SiteSearch>();
        services.AddSingleton<SearchSnapshotCache>();
        services.AddScoped<ISearchIndexer, SearchIndexer>();

        // Whichever provider AddClinicDatabase registered, its context gets the interceptor.
        services.ConfigureDbContext<SqliteClinicDbContext>((sp, o) => o.AddInterceptors(sp.GetRequiredService<SearchIndexInterceptor>()));
        services.ConfigureDbContext<SqlServerClinicDbContext>((sp, o) => o.AddInterceptors(sp.GetRequiredService<SearchIndexInterceptor>()));
        return services;
    }

    /// <summary>Brings the index up to date with the content (all of it on an empty index, or after an analyser change).</summary>
    public static async Task InitializeSearchIndexAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        var indexer = scope.ServiceProvider.GetRequiredService<ISearchIndexer>();
        var logger = scope.ServiceProvider.GetRequiredService<ILogger<SearchIndexer>>();
        var changed = await indexer.EnsureUpToDateAsync(cancellationToken);
        if (changed > 0)
        {
            logger.LogInformation("Search index: {Count} documents re-indexed or removed at start-up", changed);
        }
    }
}
