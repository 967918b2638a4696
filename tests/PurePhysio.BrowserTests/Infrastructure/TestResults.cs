namespace PurePhysio.BrowserTests.Infrastructure;

/// <summary>
/// tests/PurePhysio.BrowserTests/test-results/ (ignored by git): screenshots and checker input for a reviewer to open.
/// </summary>
public static class TestResults
{
    /// <summary>tests/PurePhysio.BrowserTests/, found from the test assembly's folder.</summary>
    public static string ProjectDirectory { get; } = FindProjectDirectory();

    public static string Root { get; } = Path.Combine(ProjectDirectory, "test-results");

    public static string PathFor(string folder, string fileName)
    {
        var directory = Path.Combine(Root, folder);
        Directory.CreateDirectory(directory);
        return Path.Combine(directory, fileName);
    }

    private static string FindProjectDirectory()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "PurePhysio.BrowserTests.csproj")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"PurePhysio.BrowserTests.csproj was not found above {AppContext.BaseDirectory}.");
    }
}
