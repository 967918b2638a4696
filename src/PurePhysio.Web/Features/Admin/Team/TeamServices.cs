namespace PurePhysio.Web.Features.Admin.Team;

internal static class TeamServices
{
    /// <summary>Editing the practitioners' profiles.</summary>
    public static IServiceCollection AddAdminTeam(this IServiceCollection services) =>
        services.AddScoped<ListPractitioners>().AddScoped<EditPractitioner>().AddScoped<DeletePractitioner>();
}
