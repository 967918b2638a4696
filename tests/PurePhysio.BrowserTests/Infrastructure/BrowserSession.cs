using Microsoft.Playwright;

namespace PurePhysio.BrowserTests.Infrastructure;

/// <summary>
/// One visitor: a fresh browser context (cookies, window size, JavaScript on or off) and its page.
/// Collects what the browser complains about (script errors, CSP violations, failed loads) so journeys can
/// assert that a page worked without any.
/// </summary>
public sealed class BrowserSession : IAsyncDisposable
{
    private readonly IBrowserContext context;
    private readonly List<string> browserErrors = [];
    private readonly List<string> documentsWithErrorStatus = [];

    private BrowserSession(IBrowserContext context, IPage page, BrowserApp app, Viewport viewport)
    {
        this.context = context;
        Page = page;
        App = app;
        Viewport = viewport;
        page.Console += (_, message) =>
        {
            // The document's own 4xx status (a 404 page, a form shown again with 400) is asserted by the tests
            // themselves; any other failed load, script error or CSP violation is a fault.
            var documentStatus = message.Text.StartsWith("Failed to load resource", StringComparison.Ordinal)
                && documentsWithErrorStatus.Any(url => message.Location.StartsWith(url, StringComparison.Ordinal));
            if (message.Type == "error" && !documentStatus)
            {
                browserErrors.Add($"{page.Url}: console error: {message.Text}");
            }
        };
        page.Response += (_, response) =>
        {
            if (response.Request.IsNavigationRequest && response.Status >= 400)
            {
                documentsWithErrorStatus.Add(response.Url);
            }
        };
        page.PageError += (_, error) => browserErrors.Add($"{page.Url}: script error: {error}");
    }

    public IPage Page { get; }

    public BrowserApp App { get; }

    public Viewport Viewport { get; }

    public static async Task<BrowserSession> OpenAsync(IBrowser browser, BrowserApp app, Viewport viewport, bool javaScript)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = app.BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = viewport.Width, Height = viewport.Height },
            JavaScriptEnabled = javaScript,
            Locale = "en-GB",
        });
        context.SetDefaultTimeout(10_000);
        var page = await context.NewPageAsync();
        return new BrowserSession(context, page, app, viewport);
    }

    /// <summary>Opens a site path and fails unless the server answered with <paramref name="expectedStatus"/>.</summary>
    public async Task<IResponse> GoToAsync(string path, int expectedStatus = 200)
    {
        var response = await Page.GotoAsync(path) ?? throw new InvalidOperationException($"No response for {path}.");
        Assert.True(response.Status == expectedStatus, $"GET {path} answered {response.Status}, expected {expectedStatus}.");
        return response;
    }

    /// <summary>A full-page screenshot in test-results/screenshots/, named for the journey, step and window width.</summary>
    public Task ScreenshotAsync(string journey, string step) =>
        Page.ScreenshotAsync(new PageScreenshotOptions
        {
            Path = TestResults.PathFor("screenshots", $"{journey}-{Viewport.Name}-{step}.png"),
            FullPage = true,
        });

    public void AssertNoBrowserErrors() =>
        Assert.True(browserErrors.Count == 0, "The browser reported errors:\n" + string.Join('\n', browserErrors));

    public async ValueTask DisposeAsync() => await context.DisposeAsync();
}
