using System.Globalization;
using PurePhysio.Web.Tests.Infrastructure;

namespace PurePhysio.BrowserTests.Infrastructure;

/// <summary>
/// The whole app on Kestrel at http://127.0.0.1:{dynamic port}, over a real SQLite file in a fresh temp folder,
/// sending mail to a real SMTP server on 127.0.0.1, so that Chromium can reach it like any visitor.
/// </summary>
public class BrowserApp(TestSmtpServer smtp) : ClinicAppFactory
{
    public const string StaffAddress = "reception@clinic.test";

    public TestSmtpServer Smtp { get; } = smtp;

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

    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Mail:Host"] = "127.0.0.1",
        ["Mail:Port"] = Smtp.Port.ToString(CultureInfo.InvariantCulture),
        ["Mail:SecureSocketOptions"] = "None",
        ["Mail:StaffRecipients:0"] = StaffAddress,
        ["Mail:Delivery:PollInterval"] = "00:00:00.200",
        // The fill-time and rate-limit guards have their own tests; here a fast robot patient posts many enquiries.
        ["Enquiries:MinimumFillSeconds"] = "0",
        ["Enquiries:RateLimit:PermitLimit"] = "1000",
        // Staff tests sign in many times from 127.0.0.1.
        ["Admin:SignIn:RateLimitPermits"] = "100000",
    };

    /// <summary>Starts the SMTP server, then the app on Kestrel.</summary>
    public static async Task<BrowserApp> StartAsync()
    {
        var app = new BrowserApp(await TestSmtpServer.StartAsync());
        app.UseKestrel(0);
        app.StartServer();
        return app;
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await Smtp.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}
