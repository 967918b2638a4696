namespace PurePhysio.Web.Features.Admin.OpeningHours;

internal static class OpeningHoursServices
{
    /// <summary>Editing the clinic's regular week and its bank-holiday setting.</summary>
    public static IServiceCollection AddAdminOpeningHours(this IServiceCollection services) =>
        services.AddScoped<ShowOpeningHours>().AddScoped<SaveWeeklyHours>().AddScoped<SaveBankHolidaySettings>();
}
