using Microsoft.Playwright;

namespace PurePhysio.BrowserTests.Infrastructure;

/// <summary>
/// One app on Kestrel and one Chromium for the whole collection; every test gets its own browser context
/// (own cookies, own window size) from <see cref="OpenAsync"/>.
/// </summary>
public sealed class SiteFixture : IAsyncLifetime
{
    private IPlaywright? playwright;
    private IBrowser? browser;

    public BrowserApp App { get; } = new();

    public IBrowser Browser => browser ?? throw new InvalidOperationException("The browser has not started.");

    public async Task InitializeAsync()
    {
        _ = App.BaseAddress;
        (playwright, browser) = await Chromium.LaunchAsync();
    }

    public Task<BrowserSession> OpenAsync(Viewport viewport, bool javaScript = true) =>
        BrowserSession.OpenAsync(Browser, App, viewport, javaScript);

    public async Task DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.DisposeAsync();
        }

        playwright?.Dispose();
        await App.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class SiteCollection : ICollectionFixture<SiteFixture>
{
    public const string Name = "Site in Chromium";
}
