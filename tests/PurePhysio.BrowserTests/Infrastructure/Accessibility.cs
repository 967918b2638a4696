using System.Text;
using Deque.AxeCore.Commons;
using Microsoft.Playwright;
using Newtonsoft.Json.Linq;

namespace PurePhysio.BrowserTests.Infrastructure;

/// <summary>
/// axe-core in the page, limited to the WCAG 2.0, 2.1 and 2.2 A and AA rules.
/// </summary>
/// <remarks>
/// The script is axe-core as Deque.AxeCore.Commons ships it, run with axe-core's own <c>axe.run</c> in the page.
/// Deque.AxeCore.Playwright's <c>RunAxe</c> runs the same rules, but merges its results in a new browser page that it
/// opens and closes for every check, to reach into cross-origin frames. The site has no frames (none in its views, and
/// its CSP allows none from other origins; <see cref="RunAsync"/> fails on a page that has one), and that extra page
/// doubled each check here (3.4 s against 1.7 s a page on two cores). The library's in-page mode,
/// <c>RunAxeLegacy</c>, is marked for removal, so this calls axe-core directly.
/// </remarks>
public static class Accessibility
{
    private static readonly string[] WcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

    private static readonly Lazy<string> AxeSource = new(() =>
    {
        const string resource = "Deque.AxeCore.Commons.Resources.axe.min.js";
        using var stream = typeof(AxeResult).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Deque.AxeCore.Commons no longer ships {resource}; find axe-core's script in the package.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });

    /// <summary>Fails with the page, and each violated rule with its help text and the offending elements.</summary>
    public static async Task AssertNoViolationsAsync(IPage page, string viewport)
    {
        var result = await RunAsync(page);

        // A run that checked nothing would pass vacuously (e.g. axe not injected, blank page).
        Assert.True(result.Passes.Length > 0, $"axe-core checked nothing on {page.Url} ({viewport}).");
        Assert.True(result.Violations.Length == 0, Describe(page.Url, viewport, result.Violations));
    }

    /// <summary>axe-core's WCAG A and AA rules over the whole document as it stands.</summary>
    public static async Task<AxeResult> RunAsync(IPage page)
    {
        // axe-core is put into the top document only, so it could not see inside a frame.
        Assert.True(page.Frames.Count == 1,
            $"{page.Url} has {page.Frames.Count - 1} frame(s), which this check cannot see into; check them with Deque.AxeCore.Playwright's RunAxe.");
        if (!await page.EvaluateAsync<bool>("() => typeof window.axe === 'object'"))
        {
            await page.EvaluateAsync(AxeSource.Value);
        }

        var json = await page.EvaluateAsync<string>(
            "async tags => JSON.stringify(await axe.run(document, { runOnly: { type: 'tag', values: tags } }))", WcagTags);
        return new AxeResult(JObject.Parse(json));
    }

    private static string Describe(string url, string viewport, AxeResultItem[] violations)
    {
        var message = new StringBuilder($"axe-core found {violations.Length} WCAG violation(s) on {url} ({viewport}):");
        foreach (var violation in violations)
        {
            message.Append($"\n- {violation.Id} ({violation.Impact}): {violation.Help} [{violation.HelpUrl}]");
            foreach (var node in violation.Nodes)
            {
                message.Append($"\n    at {node.Target}: {node.Html}");
                foreach (var check in node.All.Concat(node.None).Concat(node.Any))
                {
                    message.Append($"\n      {check.Message}");
                }
            }
        }

        return message.ToString();
    }
}
