namespace PurePhysio.Web.Data.Backup;

internal static class BackupServiceCollectionExtensions
{
    /// <summary>The backup command's service and the optional daily backup (off unless <c>Backup:Daily</c> is true).</summary>
    public static IServiceCollection AddBackups(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<BackupOptions>(configuration.GetSection(BackupOptions.SectionName));
        services.AddScoped<DatabaseBackup>();
        services.AddHostedService<DailyBackupService>();
        return services;
    }
}
