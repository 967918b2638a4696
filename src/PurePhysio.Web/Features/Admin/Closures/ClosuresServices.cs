namespace PurePhysio.Web.Features.Admin.Closures;

internal static class ClosuresServices
{
    /// <summary>Days the clinic is closed, and days it keeps other hours, despite its weekly hours.</summary>
    public static IServiceCollection AddAdminClosures(this IServiceCollection services) =>
        services.AddScoped<ListClosures>().AddScoped<AddClosure>().AddScoped<AddSpecialHours>()
            .AddScoped<DeleteClosure>().AddScoped<DeleteSpecialHours>();
}
