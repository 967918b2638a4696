namespace PurePhysio.Web.Features.Seo;

internal static class SeoServiceCollectionExtensions
{
    /// <summary>
    /// Canonical addresses (<c>Site:BaseUrl</c>, required in Production unless <paramref name="servesPages"/>
    /// is false: the command-line commands create-admin and backup build no address), the sitemap and structured data.
    /// </summary>
    public static IServiceCollection AddSeo(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment, bool servesPages = true)
    {
        // Checked here, before the database is touched: a Production site without its public address stops at once.
        if (servesPages && SiteOptions.Problem(configuration[$"{SiteOptions.SectionName}:BaseUrl"], environment) is { } problem)
        {
            throw new InvalidOperationException(problem);
        }

        services.Configure<SiteOptions>(configuration.GetSection(SiteOptions.SectionName));
        services.AddSingleton<SiteUrls>();
        services.AddScoped<SitemapQueries>();
        return services;
    }
}
