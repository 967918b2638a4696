namespace PurePhysio.Web.Features.Admin.Media;

internal static class MediaAdminServices
{
    /// <summary>The media library's admin side: upload, describe, replace, delete, and where an image is used.</summary>
    public static IServiceCollection AddAdminMedia(this IServiceCollection services) =>
        services.AddScoped<MediaUsages>()
            .AddScoped<MediaUpload>()
            .AddScoped<ListImages>()
            .AddScoped<UploadImages>()
            .AddScoped<EditImage>()
            .AddScoped<ReplaceImage>()
            .AddScoped<DeleteImage>();
}
