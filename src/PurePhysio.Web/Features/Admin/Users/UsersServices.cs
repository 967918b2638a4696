namespace PurePhysio.Web.Features.Admin.Users;

public static class UsersServices
{
    /// <summary>Staff accounts.</summary>
    public static IServiceCollection AddAdminUsers(this IServiceCollection services) =>
        services.AddScoped<StaffAccounts>().AddScoped<ManageStaffAccounts>();
}
