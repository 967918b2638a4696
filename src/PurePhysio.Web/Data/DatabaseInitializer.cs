using Microsoft.EntityFrameworkCore;

namespace PurePhysio.Web.Data;

internal static class DatabaseInitializer
{
    /// <summary>Applies pending migrations and seeds the clinic's content (each seed step once).</summary>
    public static async Task InitializeDatabaseAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ClinicDbContext>();
        var time = scope.ServiceProvider.GetRequiredService<TimeProvider>();

        if (db.Database.IsSqlite())
        {
            // WAL lets patients read pages while an enquiry is being written.
            await db.Database.OpenConnectionAsync(cancellationToken);
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
            await db.Database.CloseConnectionAsync();
        }

        // A restart on a current database skips Migrate, which would build the model a second time (to check
        // it against the migrations) before finding nothing to do: about half a second of every restart.
        if ((await db.Database.GetPendingMigrationsAsync(cancellationToken)).Any())
        {
            await db.Database.MigrateAsync(cancellationToken);
        }

        await SeedData.ApplyAsync(db, time, cancellationToken);
    }
}
