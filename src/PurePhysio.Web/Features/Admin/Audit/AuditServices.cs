namespace PurePhysio.Web.Features.Admin.Audit;

internal static class AuditServices
{
    /// <summary>Writing the audit log (every admin feature) and reading it (Admins).</summary>
    public static IServiceCollection AddAdminAudit(this IServiceCollection services) =>
        services.AddScoped<AuditLog>().AddScoped<ListAuditEvents.Handler>();
}
