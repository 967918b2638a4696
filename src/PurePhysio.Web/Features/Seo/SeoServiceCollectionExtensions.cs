namespace PurePhysio.Web.Features.Seo;

public static class SeoServiceCollectionExtensions
{
    /// <summary>Canonical addresses (<c>Site:BaseUrl</c>), the sitemap and structured data.</summary>
    public static IServiceCollection AddSeo(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<SiteOptions>(configuration.GetSection(SiteOptions.SectionName));
        services.AddSingleton<SiteUrls>();
        services.AddScoped<SitemapQueries>();
        return services;
    }
}
