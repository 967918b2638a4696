using System.Globalization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Localization;
using Microsoft.EntityFrameworkCore;
using PurePhysio.Web.Data;
using PurePhysio.Web.Email;
using PurePhysio.Web.Features.Admin;
using PurePhysio.Web.Features.Admin.Users;
using PurePhysio.Web.Features.Clinic;
using PurePhysio.Web.Features.Conditions;
using PurePhysio.Web.Features.Enquiries;
using PurePhysio.Web.Features.Pages;
using PurePhysio.Web.Features.Search;
using PurePhysio.Web.Features.Seo;
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
builder.Services.AddClinicReadModel(builder.Configuration);
builder.Services.AddScoped<ConditionQueries>();
builder.Services.AddScoped<PageQueries>();
builder.Services.AddAdmin(builder.Configuration, builder.Environment);
builder.Services.AddOutboxEmail(builder.Configuration);
builder.Services.AddEnquiries(builder.Configuration);
builder.Services.AddSiteSearch();
builder.Services.AddSeo(builder.Configuration);

builder.Services.AddControllersWithViews().AddFeatureFolders().AddFormLineEndingNormalization();
builder.Services.AddRouting(o => o.LowercaseUrls = true);

var app = builder.Build();

var culture = new CultureInfo("en-GB");
app.UseRequestLocalization(new RequestLocalizationOptions
{
    DefaultRequestCulture = new RequestCulture(culture),
    SupportedCultures = [culture],
    SupportedUICultures = [culture],
});

if (!app.Environment.IsDevelopment())
{
    app.UseHsts();
}

app.UseExceptionHandler("/error/500");
app.UseStatusCodePagesWithReExecute("/error/{0}");
app.UseSecurityHeaders();
app.UseCanonicalUrls();
app.UseSerilogRequestLogging(o =>
{
    // preserveStaticLogger above: without this the middleware writes to the silent static logger.
    o.Logger = app.Services.GetRequiredService<Serilog.ILogger>();
    o.MessageTemplate = "HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed:0.0} ms (output cache {OutputCache})";
    o.EnrichDiagnosticContext = (diagnostics, http) =>
        diagnostics.Set("OutputCache", http.Items[PublicPagePolicy.OutcomeItem] as string ?? "none");
});
app.UseStaticFiles();
app.UseRouting();
app.UseAuthentication();
app.UseAuthorization();
app.UseRateLimiter();
app.UseOutputCache();
app.MapControllers();
app.MapHealthChecks("/health");

await app.Services.InitializeDatabaseAsync();
await app.Services.InitializeSearchIndexAsync();
await app.Services.InitializeAdminAsync();
if (CreateAdminCommand.IsRequested(args))
{
    Environment.ExitCode = await CreateAdminCommand.RunAsync(app.Services, args, Console.Out, Console.Error);
    return;
}

await app.RunAsync();

/// <summary>Entry point; public so that tests can host the app with WebApplicationFactory.</summary>
public partial class Program;
