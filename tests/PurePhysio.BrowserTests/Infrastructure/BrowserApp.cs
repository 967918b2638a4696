using PurePhysio.Web.Tests.Infrastructure;

namespace PurePhysio.BrowserTests.Infrastructure;

/// <summary>
/// The whole app on Kestrel at http://127.0.0.1:{dynamic port}, over a real SQLite file in a fresh temp folder,
/// so that Chromium can reach it like any visitor.
/// </summary>
public class BrowserApp : ClinicAppFactory
{
    public BrowserApp()
    {
        UseKestrel(0);
    }

    /// <summary>The address Kestrel listens on, e.g. http://127.0.0.1:41235/.</summary>
    public Uri BaseAddress
    {
        get
        {
            StartServer();
            return ClientOptions.BaseAddress;
        }
    }

    /// <summary>An absolute URL on this app for a site path such as "/conditions".</summary>
    public string Url(string path) => new Uri(BaseAddress, path).ToString();
}
