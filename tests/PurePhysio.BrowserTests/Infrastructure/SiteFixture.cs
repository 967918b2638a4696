using Microsoft.Playwright;

namespace PurePhysio.BrowserTests.Infrastructure;

/// <summary>
/// One app on Kestrel and one Chromium for the whole collection; every test gets its own browser context
/// (own cookies, own window size) from <see cref="OpenAsync(Viewport, bool)"/>.
/// </summary>
public sealed class SiteFixture : IAsyncLifetime
{
    private IPlaywright? playwright;
    private IBrowser? browser;

    private BrowserApp? app;

    public BrowserApp App => app ?? throw new InvalidOperationException("The app has not started.");

    public IBrowser Browser => browser ?? throw new InvalidOperationException("The browser has not started.");

    public async Task InitializeAsync()
    {
        app = await BrowserApp.StartAsync();
        await MediaTestContent.AddPicturesToCervicalMyelopathyAsync(app);
        (playwright, browser) = await Chromium.LaunchAsync();
    }

    public Task<BrowserSession> OpenAsync(Viewport viewport, bool javaScript = true) =>
        BrowserSession.OpenAsync(Browser, App, viewport, javaScript);

    /// <summary>A visitor of another app (see <see cref="OwnApp"/>) in the same Chromium.</summary>
    public Task<BrowserSession> OpenAsync(BrowserApp otherApp, Viewport viewport, bool javaScript = true) =>
        BrowserSession.OpenAsync(Browser, otherApp, viewport, javaScript);

    public async Task DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.DisposeAsync();
        }

        playwright?.Dispose();
        if (app is not null)
        {
            await app.DisposeAsync();
        }
    }
}

[CollectionDefinition(Name)]
public sealed class SiteCollection : ICollectionFixture<SiteFixture>
{
    public const string Name = "Site in Chromium";
}
