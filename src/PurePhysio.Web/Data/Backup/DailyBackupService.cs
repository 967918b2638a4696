using Microsoft.Extensions.Options;

namespace PurePhysio.Web.Data.Backup;

/// <summary>
/// With <c>Backup:Daily</c> on: once the newest backup is a day old, one instance (the one holding a lock file in
/// the backup folder) takes a new backup and deletes all but the newest <c>Backup:Keep</c>.
/// </summary>
internal sealed class DailyBackupService(
    IServiceScopeFactory scopes,
    IOptions<BackupOptions> options,
    TimeProvider time,
    ILogger<DailyBackupService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Daily)
        {
            return;
        }

        await Task.Yield();
        using var timer = new PeriodicTimer(options.Value.CheckInterval, time);
        try
        {
            do
            {
                try
                {
                    await BackUpIfDueAsync(stoppingToken);
                }
                catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
                {
                    logger.LogError(exception, "Daily backup failed; trying again in {CheckInterval}", options.Value.CheckInterval);
                }
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping.
        }
    }

    public async Task BackUpIfDueAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var backup = scope.ServiceProvider.GetRequiredService<DatabaseBackup>();
        if (!backup.IsSupported)
        {
            logger.LogWarning("Backup:Daily is on but the database is SQL Server: use SQL Server's own scheduled backups");
            return;
        }

        Directory.CreateDirectory(backup.BackupRoot);
        FileStream gate;
        try
        {
            gate = new FileStream(Path.Combine(backup.BackupRoot, ".daily-lock"), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException)
        {
            return; // Another instance is taking it.
        }

        await using (gate)
        {
            var backups = backup.List();
            var newest = backups.Count > 0 ? backups[0] : null;
            if (newest is not null && DatabaseBackup.TakenAt(newest) is { } takenAt && time.GetUtcNow() - takenAt < TimeSpan.FromDays(1) - TimeSpan.FromMinutes(5))
            {
                return;
            }

            await backup.CreateAsync(cancellationToken: cancellationToken);
            foreach (var old in backup.List().Skip(Math.Max(1, options.Value.Keep)))
            {
                old.Delete(recursive: true);
                logger.LogInformation("Old backup {BackupFolder} deleted (keeping {Keep})", old.FullName, options.Value.Keep);
            }
        }
    }
}
