namespace PurePhysio.Web.Features.Admin.Settings;

internal static class SettingsServices
{
    /// <summary>Editing the clinic-wide settings.</summary>
    public static IServiceCollection AddAdminSettings(this IServiceCollection services) =>
        services.AddScoped<EditClinicSettings>();
}
