using PurePhysio.Web.Features.Admin.Media;

namespace PurePhysio.Web.Features.Media;

public static class MediaServiceCollectionExtensions
{
    /// <summary>The media library: options (<c>Media</c> section), rendition cache, picture markup and the admin handlers.</summary>
    public static IServiceCollection AddMedia(this IServiceCollection services)
    {
        services.AddOptions<MediaOptions>().BindConfiguration(MediaOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<ImageWork>();
        services.AddSingleton<RenditionStore>();
        services.AddSingleton<MediaPictures>();
        services.AddScoped<MediaLookup>();
        services.AddScoped<MediaUsages>();
        services.AddScoped<MediaUpload>();
        services.AddScoped<MediaReferenceCheck>();
        services.AddScoped<ListImages>();
        services.AddScoped<UploadImages>();
        services.AddScoped<EditImage>();
        services.AddScoped<ReplaceImage>();
        services.AddScoped<DeleteImage>();
        return services;
    }
}
