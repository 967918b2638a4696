using System.Text;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace PurePhysio.BrowserTests.Infrastructure;

/// <summary>axe-core in the page, limited to the WCAG 2.0, 2.1 and 2.2 A and AA rules.</summary>
public static class Accessibility
{
    private static readonly List<string> WcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

    /// <summary>Fails with the page, and each violated rule with its help text and the offending elements.</summary>
    public static async Task AssertNoViolationsAsync(IPage page, string viewport)
    {
        var result = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = WcagTags },
        });

        // A run that checked nothing would pass vacuously (e.g. axe not injected, blank page).
        Assert.True(result.Passes.Length > 0, $"axe-core checked nothing on {page.Url} ({viewport}).");
        Assert.True(result.Violations.Length == 0, Describe(page.Url, viewport, result.Violations));
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
