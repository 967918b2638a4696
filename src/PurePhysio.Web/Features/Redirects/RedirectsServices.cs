namespace PurePhysio.Web.Features.Redirects;

public static class RedirectsServices
{
    /// <summary>Old condition and page addresses answered with a permanent redirect to where they live now.</summary>
    public static IServiceCollection AddSlugRedirects(this IServiceCollection services) =>
        services.AddScoped<SlugRedirectLookup>();
}
