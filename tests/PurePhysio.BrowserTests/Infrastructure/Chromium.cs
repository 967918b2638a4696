using Microsoft.Playwright;

namespace PurePhysio.BrowserTests.Infrastructure;

/// <summary>Launches Debian's Chromium (never a browser that Playwright downloads).</summary>
public static class Chromium
{
    /// <summary>
    /// /usr/bin/chromium from Debian's <c>chromium</c> package, installed by scripts/test-prerequisites/browser.sh.
    /// PUREPHYSIO_CHROMIUM points elsewhere where a machine has its Chromium or Chrome in another place.
    /// </summary>
    public static string ExecutablePath =>
        Environment.GetEnvironmentVariable("PUREPHYSIO_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    // --no-sandbox: tests run as root in a container, where Chromium's sandbox cannot start.
    // The rest keep a headless run quiet and offline: no GPU, no /dev/shm limits, no background downloads or updates.
    private static readonly string[] Args =
    [
        "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
        "--disable-component-update", "--no-first-run", "--disable-sync", "--disable-quic",
    ];

    public static async Task<(IPlaywright Playwright, IBrowser Browser)> LaunchAsync()
    {
        if (!File.Exists(ExecutablePath))
        {
            throw new InvalidOperationException(
                $"Chromium was not found at {ExecutablePath}. Run ./test.sh (it installs Debian's chromium package) " +
                "or set PUREPHYSIO_CHROMIUM to a Chromium or Chrome executable.");
        }

        var playwright = await Playwright.CreateAsync();
        try
        {
            var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = ExecutablePath,
                Headless = true,
                Args = Args,
            });
            return (playwright, browser);
        }
        catch
        {
            playwright.Dispose();
            throw;
        }
    }
}
