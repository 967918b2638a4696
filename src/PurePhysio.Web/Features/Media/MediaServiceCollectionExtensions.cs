namespace PurePhysio.Web.Features.Media;

internal static class MediaServiceCollectionExtensions
{
    /// <summary>The media library: options (<c>Media</c> section), rendition cache, picture markup and image lookups (the admin area adds its own handlers).</summary>
    public static IServiceCollection AddMedia(this IServiceCollection services)
    {
        services.AddOptions<MediaOptions>().BindConfiguration(MediaOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<ImageWork>();
        services.AddSingleton<RenditionStore>();
        services.AddSingleton<MediaPictures>();
        services.AddScoped<MediaLookup>();
        return services;
    }
}
