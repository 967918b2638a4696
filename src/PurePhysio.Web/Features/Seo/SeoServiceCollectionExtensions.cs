namespace PurePhysio.Web.Features.Seo;

public static class SeoServiceCollectionExtensions
{
    /// <summary>Canonical addresses (<c>Site:BaseUrl</c>, required in Production), the sitemap and structured data.</summary>
    public static IServiceCollection AddSeo(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        // Checked here, before the database is touched: a Production site without its public address stops at once.
        if (SiteOptions.Problem(configuration[$"{SiteOptions.SectionName}:BaseUrl"], environment) is { } problem)
        {
            throw new InvalidOperationException(problem);
        }

        services.Configure<SiteOptions>(configuration.GetSection(SiteOptions.SectionName));
        services.AddSingleton<SiteUrls>();
        services.AddScoped<SitemapQueries>();
        return services;
    }
}
