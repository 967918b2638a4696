using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PurePhysio.Web.Infrastructure;

namespace PurePhysio.Web.Data.Backup;

/// <summary>
/// A consistent copy of the running site's data: the SQLite database through <c>VACUUM INTO</c> (SQLite's online
/// backup: one read transaction, so every enquiry committed before it started is in the copy, and writers are not
/// stopped), then the files the site keeps in its data folder (mail, media). Each backup is a timestamped folder.
/// </summary>
internal sealed class DatabaseBackup(
    ClinicDbContext db,
    IOptions<BackupOptions> options,
    IConfiguration configuration,
    IHostEnvironment environment,
    TimeProvider time,
    ILogger<DatabaseBackup> logger)
{
    public const string DatabaseFileName = "purephysio.db";
    public const string FolderPrefix = "purephysio-";

    public string DataPath => StorageOptions.ResolveDataPath(configuration, environment);

    /// <summary>The folder backups go to: <c>Backup:Path</c>, relative to the data folder.</summary>
    public string BackupRoot => System.IO.Path.GetFullPath(System.IO.Path.Combine(DataPath, options.Value.Path));

    public bool IsSupported => db.Database.IsSqlite();

    /// <summary>Writes a new backup folder under <paramref name="root"/> (default <see cref="BackupRoot"/>) and returns its path.</summary>
    public async Task<string> CreateAsync(string? root = null, CancellationToken cancellationToken = default)
    {
        if (!IsSupported)
        {
            throw new NotSupportedException("The backup command copies SQLite databases. For SQL Server use its native BACKUP DATABASE (docs/operations.md).");
        }

        root = System.IO.Path.GetFullPath(root ?? BackupRoot);
        var folder = System.IO.Path.Combine(root, FolderPrefix + time.GetUtcNow().ToString("yyyyMMdd-HHmmss-fff", CultureInfo.InvariantCulture));
        var partial = folder + ".partial";
        Directory.CreateDirectory(partial);

        var databaseCopy = System.IO.Path.Combine(partial, DatabaseFileName);
        // A bound parameter: VACUUM INTO takes any string expression, so no path ever becomes SQL.
        await db.Database.ExecuteSqlRawAsync("VACUUM INTO @p0;", [new SqliteParameter("@p0", databaseCopy)], cancellationToken);
        SqliteConnection.ClearAllPools();

        var files = CopyDataFolders(DataPath, partial, [root, BackupRoot]);
        // Renamed only when complete: a folder without ".partial" is a whole backup.
        Directory.Move(partial, folder);
        logger.LogInformation("Backup written to {BackupFolder} (database {DatabaseBytes} bytes, {FileCount} other files)",
            folder, new FileInfo(System.IO.Path.Combine(folder, DatabaseFileName)).Length, files);
        return folder;
    }

    /// <summary>Completed backups under the backup folder, newest first.</summary>
    public IReadOnlyList<DirectoryInfo> List(string? root = null)
    {
        var directory = new DirectoryInfo(root ?? BackupRoot);
        return directory.Exists
            ? [.. directory.GetDirectories(FolderPrefix + "*").Where(d => !d.Name.EndsWith(".partial", StringComparison.Ordinal)).OrderByDescending(d => d.Name, StringComparer.Ordinal)]
            : [];
    }

    /// <summary>When a backup folder was taken, from its name (UTC).</summary>
    public static DateTimeOffset? TakenAt(DirectoryInfo folder) =>
        DateTimeOffset.TryParseExact(folder.Name[FolderPrefix.Length..], "yyyyMMdd-HHmmss-fff", CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var takenAt) ? takenAt : null;

    /// <summary>Every folder of the data folder (mail, media, ...) except the backups themselves; the database files are copied above.</summary>
    private static int CopyDataFolders(string dataPath, string target, string[] backupRoots)
    {
        var count = 0;
        foreach (var source in Directory.EnumerateDirectories(dataPath))
        {
            var full = System.IO.Path.GetFullPath(source);
            if (!backupRoots.Any(root => IsSameOrInside(full, root)))
            {
                // A backup folder nested deeper inside this one is skipped by CopyTree.
                count += CopyTree(full, System.IO.Path.Combine(target, System.IO.Path.GetFileName(full)), backupRoots);
            }
        }

        return count;
    }

    private static int CopyTree(string source, string target, string[] skip)
    {
        var count = 0;
        Directory.CreateDirectory(target);
        foreach (var file in Directory.EnumerateFiles(source))
        {
            File.Copy(file, System.IO.Path.Combine(target, System.IO.Path.GetFileName(file)));
            count++;
        }

        foreach (var directory in Directory.EnumerateDirectories(source))
        {
            if (!skip.Any(root => IsSameOrInside(System.IO.Path.GetFullPath(directory), root)))
            {
                count += CopyTree(directory, System.IO.Path.Combine(target, System.IO.Path.GetFileName(directory)), skip);
            }
        }

        return count;
    }

    private static bool IsSameOrInside(string path, string root)
    {
        var relative = System.IO.Path.GetRelativePath(root, path);
        return relative == "." || (!relative.StartsWith("..", StringComparison.Ordinal) && !System.IO.Path.IsPathRooted(relative));
    }
}
