namespace PurePhysio.Web.Features.Admin.Users;

internal static class UsersServices
{
    /// <summary>Staff accounts.</summary>
    public static IServiceCollection AddAdminUsers(this IServiceCollection services) =>
        services.AddScoped<StaffAccounts>().AddScoped<StaffAccountForm>().AddScoped<ListStaff>().AddScoped<RequireTwoFactor>()
            .AddScoped<CreateStaffAccount>().AddScoped<ChangeStaffRole>().AddScoped<LinkStaffProfile>().AddScoped<DisableStaffAccount>()
            .AddScoped<EnableStaffAccount>().AddScoped<ResetStaffPassword>().AddScoped<TurnOffStaffTwoFactor>();
}
