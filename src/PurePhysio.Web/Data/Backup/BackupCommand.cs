namespace PurePhysio.Web.Data.Backup;

/// <summary>
/// <c>dotnet PurePhysio.Web.dll backup [--to folder]</c> (or <c>dotnet run --project src/PurePhysio.Web -- backup</c>):
/// writes a timestamped backup of the database and data files while the site keeps running.
/// </summary>
internal static class BackupCommand
{
    public const string Name = "backup";

    public static bool IsRequested(string[] args) => args.Length > 0 && args[0] == Name;

    public static async Task<int> RunAsync(IServiceProvider services, string[] args, TextWriter output, TextWriter error)
    {
        var to = Array.IndexOf(args, "--to") is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;
        await using var scope = services.CreateAsyncScope();
        var backup = scope.ServiceProvider.GetRequiredService<DatabaseBackup>();
        if (!backup.IsSupported)
        {
            await error.WriteLineAsync("This site uses SQL Server: back it up with SQL Server's own BACKUP DATABASE (see docs/operations.md).");
            return 1;
        }

        var folder = await backup.CreateAsync(to);
        await output.WriteLineAsync($"Backup written to {folder}");
        return 0;
    }
}
