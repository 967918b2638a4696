namespace PurePhysio.Web.Features.Admin.OpeningHours;

public static class OpeningHoursServices
{
    /// <summary>Editing the clinic's regular week.</summary>
    public static IServiceCollection AddAdminOpeningHours(this IServiceCollection services) =>
        services.AddScoped<EditOpeningHours>();
}
