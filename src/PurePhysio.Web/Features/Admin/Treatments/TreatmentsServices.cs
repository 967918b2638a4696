namespace PurePhysio.Web.Features.Admin.Treatments;

internal static class TreatmentsServices
{
    /// <summary>Editing the treatments the clinic offers.</summary>
    public static IServiceCollection AddAdminTreatments(this IServiceCollection services) =>
        services.AddScoped<ListTreatments>().AddScoped<EditTreatment>().AddScoped<DeleteTreatment>();
}
