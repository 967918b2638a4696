namespace PurePhysio.Web.Features.Admin.Account;

internal static class AccountServices
{
    /// <summary>Signing in, forgotten passwords and each member of staff's own password and authenticator app.</summary>
    public static IServiceCollection AddAdminAccount(this IServiceCollection services) => services
        .AddScoped<StaffSignIn>()
        .AddScoped<StaffTwoFactorSignIn>()
        .AddScoped<ForgotPassword>()
        .AddScoped<ResetPassword>()
        .AddScoped<ChangePassword>()
        .AddScoped<Authenticator>();
}
