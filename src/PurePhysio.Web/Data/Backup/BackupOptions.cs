namespace PurePhysio.Web.Data.Backup;

/// <summary>Backups of the clinic's SQLite database and files (section <c>Backup</c>); see docs/operations.md.</summary>
internal sealed class BackupOptions
{
    public const string SectionName = "Backup";

    /// <summary>Where backups go; relative to the data folder. Put it on another disk (or sync it off the machine).</summary>
    public string Path { get; set; } = "backups";

    /// <summary>Off by default: when on, the running site takes a backup once a day (one instance, under a lock).</summary>
    public bool Daily { get; set; }

    /// <summary>How many backups the daily backup keeps (older ones are deleted after a new one succeeds).</summary>
    public int Keep { get; set; } = 14;

    /// <summary>How often the daily backup checks whether the newest backup is a day old.</summary>
    public TimeSpan CheckInterval { get; set; } = TimeSpan.FromHours(1);
}
