using System.Diagnostics;
using System.Text;
using System.Text.Json;

namespace PurePhysio.BrowserTests.Infrastructure;

/// <summary>
/// The Nu Html Checker (vnu.jar from the npm package vnu-jar, run with Java) over pages as the server sent them,
/// all in one Java run because starting the JVM is the slow part.
/// </summary>
public static class NuHtmlChecker
{
    public static string JarPath { get; } =
        Path.Combine(TestResults.ProjectDirectory, "tools", "node_modules", "vnu-jar", "build", "dist", "vnu.jar");

    /// <summary>Fails naming each page with errors and each error's line and message.</summary>
    public static async Task AssertValidAsync(IReadOnlyCollection<ServedPage> pages)
    {
        Assert.True(pages.Count > 0, "No pages were given to the Nu Html Checker.");
        if (!File.Exists(JarPath))
        {
            throw new InvalidOperationException(
                $"The Nu Html Checker is missing at {JarPath}. Run ./test.sh, which installs it (npm vnu-jar).");
        }

        var folder = Path.Combine(TestResults.Root, "html", Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(folder);
        var pageByFile = new Dictionary<string, ServedPage>(StringComparer.Ordinal);
        var index = 0;
        foreach (var page in pages)
        {
            var file = Path.Combine(folder, $"{index++:00}-{Slug(page.Name)}.html");
            await File.WriteAllTextAsync(file, page.Html);
            pageByFile[Path.GetFileName(file)] = page;
        }

        var report = await RunAsync(pageByFile.Keys.Select(name => Path.Combine(folder, name)));
        var problems = new StringBuilder();
        var errorCount = 0;
        foreach (var message in report.RootElement.GetProperty("messages").EnumerateArray())
        {
            var type = message.GetProperty("type").GetString();
            if (type is not ("error" or "non-document-error"))
            {
                continue;
            }

            errorCount++;
            // vnu names each file as file:/folder/name.html; a message without one concerns the whole run.
            var url = message.TryGetProperty("url", out var u) ? u.GetString() ?? "" : "";
            var where = pageByFile.TryGetValue(url[(url.LastIndexOf('/') + 1)..], out var page) ? $"{page.Name} ({page.Url})" : url;
            var line = message.TryGetProperty("lastLine", out var l) ? l.GetInt32().ToString() : "?";
            problems.Append($"\n- {where}, line {line}: {message.GetProperty("message").GetString()}");
            if (message.TryGetProperty("extract", out var extract))
            {
                problems.Append($"\n    {extract.GetString()?.ReplaceLineEndings(" ")}");
            }
        }

        Assert.True(errorCount == 0, $"The Nu Html Checker found {errorCount} error(s) (pages saved in {folder}):{problems}");

        // Kept only when something failed, for the reviewer to open.
        Directory.Delete(folder, recursive: true);
    }

    private static async Task<JsonDocument> RunAsync(IEnumerable<string> files)
    {
        var start = new ProcessStartInfo("java")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "-Xss8m", "-jar", JarPath, "--format", "json", "--stdout" }.Concat(files))
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("java did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        var json = await output;
        if (string.IsNullOrWhiteSpace(json))
        {
            throw new InvalidOperationException($"The Nu Html Checker printed no report (exit {process.ExitCode}): {await errors}");
        }

        return JsonDocument.Parse(json);
    }

    private static string Slug(string name) =>
        new(name.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-').ToArray());
}

/// <summary>A page's HTML exactly as the server sent it.</summary>
public sealed record ServedPage(string Name, string Url, string Html);
