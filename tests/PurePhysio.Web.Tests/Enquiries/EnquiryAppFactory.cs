using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PurePhysio.Web.Domain;
using PurePhysio.Web.Tests.Infrastructure;
using Serilog.Core;

namespace PurePhysio.Web.Tests.Enquiries;

/// <summary>
/// The app with a real SMTP server on 127.0.0.1, fast delivery polling and retries, no minimum fill
/// time and a generous rate limit (tests that check those set their own), and every log event captured.
/// </summary>
public class EnquiryAppFactory : ClinicAppFactory, IAsyncLifetime
{
    public const string StaffAddress = "reception@clinic.test";

    public TestSmtpServer Smtp { get; private set; } = null!;

    public TestLogSink Logs { get; } = new();

    /// <summary>Settings a test class changes on top of the defaults below.</summary>
    protected virtual IDictionary<string, string?> Overrides => new Dictionary<string, string?>();

    protected override IDictionary<string, string?> Settings
    {
        get
        {
            var settings = new Dictionary<string, string?>
            {
                ["Mail:Host"] = "127.0.0.1",
                ["Mail:Port"] = Smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["Mail:SecureSocketOptions"] = "None",
                ["Mail:StaffRecipients:0"] = StaffAddress,
                ["Mail:Timeout"] = "00:00:05",
                ["Mail:Delivery:PollInterval"] = "00:00:00.200",
                ["Mail:Delivery:RetryBaseDelay"] = "00:00:00.200",
                ["Mail:Delivery:RetryMaxDelay"] = "00:00:01",
                ["Enquiries:MinimumFillSeconds"] = "0",
                ["Enquiries:RateLimit:PermitLimit"] = "1000",
                ["Serilog:MinimumLevel:Default"] = "Debug",
                ["Serilog:MinimumLevel:Override:Microsoft.AspNetCore"] = "Information",
                ["Serilog:MinimumLevel:Override:Microsoft.EntityFrameworkCore"] = "Information",
                // Everything goes to the captured sink; the console stays quiet.
                ["Serilog:WriteTo:0:Args:configure:0:Args:restrictedToMinimumLevel"] = "Fatal",
            };
            foreach (var (key, value) in Overrides)
            {
                settings[key] = value;
            }

            return settings;
        }
    }

    protected override void ConfigureServices(IServiceCollection services) => services.AddSingleton<ILogEventSink>(Logs);

    public HttpClient CreateBrowser() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    public async Task<Enquiry?> FindEnquiryAsync(string email) =>
        await WithDbAsync(db => db.Enquiries.AsNoTracking().Include(e => e.OutboxMessages).SingleOrDefaultAsync(e => e.Email == email));

    public async Task<int> CountEnquiriesAsync(string email) =>
        await WithDbAsync(db => db.Enquiries.CountAsync(e => e.Email == email));

    public async Task<List<OutboxMessage>> OutboxFor(string email) =>
        await WithDbAsync(db => db.OutboxMessages.AsNoTracking()
            .Where(m => db.Enquiries.Any(e => e.Id == m.EnquiryId && e.Email == email))
            .OrderBy(m => m.Kind)
            .ToListAsync());

    public async Task InitializeAsync() => Smtp = await TestSmtpServer.StartAsync();

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        await Smtp.DisposeAsync();
    }
}

/// <summary>Filling in the enquiry form the way a patient would.</summary>
public static class EnquiryForm
{
    public const string Selector = "form[data-enquiry-form]";

    public static string NewEmail() => $"patient-{Guid.NewGuid():N}@example.com";

    /// <summary>A valid enquiry; the message carries a marker so tests can look for it in mail and logs.</summary>
    public static Dictionary<string, string> Valid(string email, string? message = null) => new()
    {
        ["Name"] = "Alex Example",
        ["Email"] = email,
        ["Phone"] = "01632 960 001",
        ["PreferredContactMethod"] = "Phone",
        ["PreferredTimes"] = "Weekday mornings",
        ["Reason"] = "Knee pain",
        ["Message"] = message ?? $"My left knee has swollen after running ({Guid.NewGuid():N}).",
        ["Consent"] = "true",
    };

    public static Task<HttpResponseMessage> SubmitAsync(HttpClient client, IReadOnlyDictionary<string, string> values, string page = "/enquiry") =>
        client.SubmitAsync(page, Selector, values);
}
