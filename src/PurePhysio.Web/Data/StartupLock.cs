using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace PurePhysio.Web.Data;

/// <summary>
/// Start-up work that writes shared rows (migrations, seeding, the search index, staff roles) runs in one
/// instance at a time: instances started together on a new database wait here instead of racing into
/// unique-key errors, then find the work done. SQLite: an exclusive lock on a file beside the database (SQLite
/// databases are local to one machine). SQL Server: an application lock (sp_getapplock) held by a session.
/// </summary>
internal sealed class StartupLock : IAsyncDisposable
{
    private const string SqlServerResource = "PurePhysio.Startup";
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);

    private readonly FileStream? _file;
    private readonly DbConnection? _connection;

    private StartupLock(FileStream? file, DbConnection? connection)
    {
        _file = file;
        _connection = connection;
    }

    public static async Task<StartupLock> AcquireAsync(IServiceProvider services, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ClinicDbContext>();
        var logger = scope.ServiceProvider.GetRequiredService<ILogger<StartupLock>>();
        var connectionString = db.Database.GetConnectionString();

        if (db.Database.IsSqlite())
        {
            var dataSource = new SqliteConnectionStringBuilder(connectionString).DataSource;
            if (string.IsNullOrEmpty(dataSource) || dataSource == ":memory:")
            {
                return new StartupLock(null, null);
            }

            return new StartupLock(await LockFileAsync(Path.GetFullPath(dataSource) + ".startup-lock", logger, cancellationToken), null);
        }

        // Its own connection, outside the context: the lock lives as long as this session does.
        var connection = db.Database.GetDbConnection();
        var own = (DbConnection)Activator.CreateInstance(connection.GetType())!;
        own.ConnectionString = connectionString;
        await own.OpenAsync(cancellationToken);
        await using var command = own.CreateCommand();
        command.CommandText =
            $"DECLARE @result int; EXEC @result = sp_getapplock @Resource = '{SqlServerResource}', @LockMode = 'Exclusive', " +
            $"@LockOwner = 'Session', @LockTimeout = {(int)Timeout.TotalMilliseconds}; SELECT @result;";
        command.CommandTimeout = (int)Timeout.TotalSeconds + 30;
        var result = Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
        if (result < 0)
        {
            await own.DisposeAsync();
            throw new TimeoutException($"Another instance held the start-up lock for more than {Timeout.TotalMinutes} minutes (sp_getapplock returned {result}).");
        }

        return new StartupLock(null, own);
    }

    private static async Task<FileStream> LockFileAsync(string path, ILogger logger, CancellationToken cancellationToken)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        var told = false;
        while (true)
        {
            try
            {
                // FileShare.None is an exclusive lock between processes (flock on Unix) and between hosts in one process.
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.None);
            }
            catch (IOException) when (waited.Elapsed < Timeout)
            {
                if (!told)
                {
                    logger.LogInformation("Waiting for another instance to finish migrating and seeding the database");
                    told = true;
                }

                await Task.Delay(100, cancellationToken);
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_file is not null)
        {
            await _file.DisposeAsync();
        }

        if (_connection is not null)
        {
            await using (var command = _connection.CreateCommand())
            {
                command.CommandText = $"EXEC sp_releaseapplock @Resource = '{SqlServerResource}', @LockOwner = 'Session';";
                await command.ExecuteNonQueryAsync();
            }

            await _connection.DisposeAsync();
        }
    }
}
