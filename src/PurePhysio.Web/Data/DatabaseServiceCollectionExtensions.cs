using Microsoft.EntityFrameworkCore;
using PurePhysio.Web.Infrastructure;

namespace PurePhysio.Web.Data;

internal static class DatabaseServiceCollectionExtensions
{
    public const string SqliteProvider = "Sqlite";
    public const string SqlServerProvider = "SqlServer";

    /// <summary>
    /// Registers <see cref="ClinicDbContext"/> for the provider named by <c>Database:Provider</c>:
    /// SQLite (the default, a file in the data folder) or SQL Server (<c>ConnectionStrings:Clinic</c>).
    /// </summary>
    public static IServiceCollection AddClinicDatabase(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var provider = configuration["Database:Provider"] ?? SqliteProvider;
        var connectionString = configuration.GetConnectionString("Clinic");

        if (string.Equals(provider, SqlServerProvider, StringComparison.OrdinalIgnoreCase))
        {
            if (string.IsNullOrWhiteSpace(connectionString))
            {
                throw new InvalidOperationException("Database:Provider is SqlServer but ConnectionStrings:Clinic is not set.");
            }

            services.AddDbContext<ClinicDbContext, SqlServerClinicDbContext>(o =>
                o.UseSqlServer(connectionString, sql => sql.EnableRetryOnFailure()));
        }
        else if (string.Equals(provider, SqliteProvider, StringComparison.OrdinalIgnoreCase))
        {
            if (string.IsNullOrWhiteSpace(connectionString))
            {
                var dataPath = StorageOptions.ResolveDataPath(configuration, environment);
                Directory.CreateDirectory(dataPath);
                connectionString = $"Data Source={Path.Combine(dataPath, "purephysio.db")}";
            }

            services.AddDbContext<ClinicDbContext, SqliteClinicDbContext>(o => o.UseSqlite(connectionString));
        }
        else
        {
            throw new InvalidOperationException($"Unknown Database:Provider '{provider}'. Use '{SqliteProvider}' or '{SqlServerProvider}'.");
        }

        return services;
    }
}
