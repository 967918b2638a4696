namespace PurePhysio.BrowserTests.Infrastructure;

/// <summary>
/// A second app (own SQLite file, own SMTP server) for a test class that changes content, so the shared app's
/// pages stay as seeded for every other test. It uses the collection's Chromium.
/// </summary>
public sealed class OwnApp : IAsyncLifetime
{
    private BrowserApp? app;

    public BrowserApp App => app ?? throw new InvalidOperationException("The app has not started.");

    public async Task InitializeAsync() => app = await BrowserApp.StartAsync();

    public async Task DisposeAsync()
    {
        if (app is not null)
        {
            await app.DisposeAsync();
        }
    }
}
