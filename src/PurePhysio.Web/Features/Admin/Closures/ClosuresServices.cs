namespace PurePhysio.Web.Features.Admin.Closures;

public static class ClosuresServices
{
    /// <summary>Days the clinic is closed despite its weekly hours.</summary>
    public static IServiceCollection AddAdminClosures(this IServiceCollection services) =>
        services.AddScoped<AddClosure>().AddScoped<DeleteClosure>();
}
