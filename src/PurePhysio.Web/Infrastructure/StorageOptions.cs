namespace PurePhysio.Web.Infrastructure;

/// <summary>Where the app keeps its files: the SQLite database and, by default, outgoing mail.</summary>
internal sealed class StorageOptions
{
    public const string SectionName = "Storage";

    /// <summary>The data folder; relative paths are resolved against the content root.</summary>
    public string DataPath { get; set; } = "App_Data";

    public static string ResolveDataPath(IConfiguration configuration, IHostEnvironment environment)
    {
        var configured = configuration[$"{SectionName}:DataPath"];
        var path = string.IsNullOrWhiteSpace(configured) ? "App_Data" : configured;
        return Path.GetFullPath(Path.Combine(environment.ContentRootPath, path));
    }
}
