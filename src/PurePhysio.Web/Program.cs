using System.Globalization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Localization;
using Microsoft.EntityFrameworkCore;
using PurePhysio.Web.Data;
using PurePhysio.Web.Data.Backup;
using PurePhysio.Web.Email;
using PurePhysio.Web.Features.Admin;
using PurePhysio.Web.Features.Admin.Users;
using PurePhysio.Web.Features.Clinic;
using PurePhysio.Web.Features.Conditions;
using PurePhysio.Web.Features.Contact;
using PurePhysio.Web.Features.Enquiries;
using PurePhysio.Web.Features.Errors;
using PurePhysio.Web.Features.Media;
using PurePhysio.Web.Features.Pages;
using PurePhysio.Web.Features.Search;
using PurePhysio.Web.Features.Seo;
using PurePhysio.Web.Features.Team;
using PurePhysio.Web.Features.Treatments;
using PurePhysio.Web.Infrastructure;
using Serilog;

var builder = WebApplication.CreateBuilder(args);

// preserveStaticLogger: each host keeps its own logger instead of sharing the static Log.Logger, so
// hosts in one process (tests run several) neither swap each other's sinks nor silence them on disposal.
builder.Services.AddSerilog((services, logger) => logger
    .ReadFrom.Configuration(builder.Configuration)
    .ReadFrom.Services(services), preserveStaticLogger: true);

builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddClinicDatabase(builder.Configuration, builder.Environment);
// Keys in the clinic database: sign-in cookies, antiforgery tokens and signed enquiry form times survive
// restarts and are accepted by every instance that shares the database.
builder.Services.AddDataProtection()
    .SetApplicationName("PurePhysio")
    .PersistKeysToDbContext<ClinicDbContext>();
// For load balancers and uptime monitors: healthy when the clinic's database answers a query against
// its own tables (stronger than a connection test: a database without our schema is not healthy).
builder.Services.AddHealthChecks().AddDbContextCheck<ClinicDbContext>("database",
    customTestQuery: (db, cancellationToken) => db.ClinicSettings.AnyAsync(cancellationToken));
builder.Services.AddSingleton<MarkdownRenderer>();
builder.Services.AddScoped<ConditionQueries>();
builder.Services.AddScoped<PageQueries>();
builder.Services.AddScoped<ContactQueries>();
builder.Services.AddScoped<TeamQueries>();
builder.Services.AddScoped<TreatmentQueries>();
builder.Services.AddAdmin(builder.Configuration, builder.Environment);
builder.Services.AddOutboxEmail(builder.Configuration);
builder.Services.AddEnquiries(builder.Configuration);
builder.Services.AddSingleton<ClinicPhone>();
builder.Services.AddBackups(builder.Configuration);
builder.Services.AddSiteSearch();
// After search: its interceptor re-indexes (and moves the search generation) before this one moves the site version.
builder.Services.AddClinicReadModel(builder.Configuration);
builder.Services.AddSeo(builder.Configuration, builder.Environment,
    servesPages: !CreateAdminCommand.IsRequested(args) && !BackupCommand.IsRequested(args));
builder.Services.AddMedia();

builder.Services.AddPublicResponseCompression();
builder.Services.AddControllersWithViews().AddFeatureFolders().AddFormLineEndingNormalization();
builder.Services.AddRouting(o => o.LowercaseUrls = true);

var app = builder.Build();

// Start-up work (RunStartupWorkAsync below) needs only the services, so it runs while the request pipeline is set
// up (MVC finding its controllers takes about 0.3 s of it). The first page after a restart waits for both.
var startup = StartupTimings.Begin(app.Services);
var startupWork = Task.Run(() => RunStartupWorkAsync(app.Services, startup));

if (!app.Environment.IsDevelopment())
{
    app.UseHsts();
}

app.UseExceptionHandler("/error/500");
app.UseStatusCodePagesWithReExecute("/error/{0}");
app.UseSecurityHeaders();
app.UseSerilogRequestLogging(o =>
{
    // preserveStaticLogger above: without this the middleware writes to the silent static logger.
    o.Logger = app.Services.GetRequiredService<Serilog.ILogger>();
    o.MessageTemplate = "HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed:0.0} ms (output cache {OutputCache})";
    o.EnrichDiagnosticContext = (diagnostics, http) =>
        diagnostics.Set("OutputCache", http.Items[PublicPagePolicy.OutcomeItem] as string ?? "none");
});
// Before everything a stored page does not need (ADR 0010): a cached public page is answered here. It
// stores what the middleware below produced, compressed or not, with the headers above it added per request.
app.UseOutputCache();
var culture = new CultureInfo("en-GB");
app.UseRequestLocalization(new RequestLocalizationOptions
{
    DefaultRequestCulture = new RequestCulture(culture),
    SupportedCultures = [culture],
    SupportedUICultures = [culture],
});
app.UseCanonicalUrls();
app.UsePublicResponseCompression();
app.UseStaticFiles(new StaticFileOptions
{
    // Stylesheets and scripts are linked with asp-append-version (?v=<hash of the file>): a new file is a new
    // address, so browsers may keep each one for a year.
    OnPrepareResponse = file =>
    {
        if (file.Context.Request.Query.ContainsKey("v"))
        {
            file.Context.Response.Headers.CacheControl = "public, max-age=31536000, immutable";
        }
    },
});
app.UseRouting();
app.UseAuthentication();
app.UseAuthorization();
app.UseRateLimiter();
app.MapControllers();
app.MapHealthChecks("/health");

await startupWork;
startup.Log();
if (BackupCommand.IsRequested(args))
{
    Environment.ExitCode = await BackupCommand.RunAsync(app.Services, args, Console.Out, Console.Error);
    return;
}

if (CreateAdminCommand.IsRequested(args))
{
    Environment.ExitCode = await CreateAdminCommand.RunAsync(app.Services, args, Console.Out, Console.Error);
    return;
}

try
{
    await app.StartAsync();
}
catch (Exception exception) when (exception is not OperationCanceledException)
{
    // The host has logged it in full ("Hosting failed to start"), e.g. the port is in use: one plain line and exit
    // code 1 for the service manager, instead of an unhandled exception and an aborted process.
    await Console.Error.WriteLineAsync($"PurePhysio did not start: {exception.Message}");
    Environment.ExitCode = 1;
    await app.DisposeAsync();
    return;
}

await app.WaitForShutdownAsync();
await app.DisposeAsync();

// Migrations and seeding, the search index check and the staff roles run under the start-up lock (instances
// starting together on one database take turns), then the 500 page's phone number is read. Each step is timed
// for the start-up log line (docs/operations.md).
static async Task RunStartupWorkAsync(IServiceProvider services, StartupTimings timings)
{
    await using (await timings.TimeAsync("start-up lock", () => StartupLock.AcquireAsync(services)))
    {
        await timings.TimeAsync("database", () => services.InitializeDatabaseAsync());
        await timings.TimeAsync("search index", () => services.InitializeSearchIndexAsync());
        await timings.TimeAsync("staff roles", () => services.InitializeAdminAsync());
    }

    await timings.TimeAsync("clinic phone", () => ClinicPhone.LoadAsync(services));
}

/// <summary>Entry point; public so that tests can host the app with WebApplicationFactory.</summary>
public partial class Program;
