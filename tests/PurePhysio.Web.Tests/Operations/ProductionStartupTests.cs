using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using PurePhysio.Web.Domain;
using PurePhysio.Web.Features.Admin.Users;
using PurePhysio.Web.Tests.Infrastructure;
using Serilog.Core;
using Serilog.Events;

namespace PurePhysio.Web.Tests.Operations;

/// <summary>The app in a named environment (Development, Production) on a data folder it may share with another factory.</summary>
public sealed class EnvironmentAppFactory(string environment, IDictionary<string, string?>? settings = null) : ClinicAppFactory
{
    public TestLogSink Logs { get; } = new();

    protected override IDictionary<string, string?> Settings => settings ?? new Dictionary<string, string?>();

    protected override void ConfigureServices(IServiceCollection services) => services.AddSingleton<ILogEventSink>(Logs);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseEnvironment(environment);
    }
}

/// <summary>Safe production defaults: a public address is required, and the README's demo account does not work.</summary>
public sealed class ProductionStartupTests
{
    private static readonly Dictionary<string, string?> ProductionSettings = new() { ["Site:BaseUrl"] = "https://www.purephysio.test" };

    [Fact]
    public void ProductionWithoutSiteBaseUrlStopsAtStartUpWithAClearMessage()
    {
        using var factory = new EnvironmentAppFactory("Production");

        var exception = Assert.ThrowsAny<Exception>(() => factory.Server);

        var problem = exception as InvalidOperationException ?? exception.InnerException as InvalidOperationException;
        Assert.NotNull(problem);
        Assert.Contains("Site:BaseUrl must be set in Production", problem.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(factory.DataPath, "purephysio.db")), "start-up must stop before the database is touched");
    }

    [Fact]
    public async Task DevelopmentStartsOnTheEmbeddedDefaultsWithoutSiteBaseUrl()
    {
        // What README's `dotnet run` does: Development, no settings of its own.
        using var factory = new EnvironmentAppFactory("Development");

        using var response = await factory.CreateClient().GetAsync(new Uri("/", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task TheDemoAccountOfADevelopmentDatabaseIsRefusedInProduction()
    {
        var dataPath = ClinicAppFactory.NewDataPath();
        using (var development = new EnvironmentAppFactory("Development") { DataPath = dataPath, DeleteDataOnDispose = false })
        {
            await using var scope = development.Services.CreateAsyncScope();
            var demo = await scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>().FindByEmailAsync(DevelopmentAdmin.Email);
            Assert.NotNull(demo);
            Assert.True((await scope.ServiceProvider.GetRequiredService<SignInManager<StaffUser>>()
                .CheckPasswordSignInAsync(demo, DevelopmentAdmin.Password, lockoutOnFailure: false)).Succeeded);
        }

        using var production = new EnvironmentAppFactory("Production", ProductionSettings) { DataPath = dataPath };
        await using (var scope = production.Services.CreateAsyncScope())
        {
            var demo = await scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>().FindByEmailAsync(DevelopmentAdmin.Email);
            Assert.NotNull(demo);
            Assert.NotNull(demo.DisabledAt);
            var attempt = await scope.ServiceProvider.GetRequiredService<SignInManager<StaffUser>>()
                .CheckPasswordSignInAsync(demo, DevelopmentAdmin.Password, lockoutOnFailure: false);
            Assert.False(attempt.Succeeded);
        }

        // And through the sign-in form, as an attacker who read the README would try it.
        var client = production.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions
        {
            BaseAddress = new Uri("https://localhost"),
            AllowAutoRedirect = false,
        });
        using var signIn = await client.SubmitAsync("/admin/sign-in", "#sign-in-form",
            new Dictionary<string, string> { ["Email"] = DevelopmentAdmin.Email, ["Password"] = DevelopmentAdmin.Password });
        Assert.NotEqual(HttpStatusCode.Redirect, signIn.StatusCode);

        var warning = Assert.Single(production.Logs.Events, e => e.Level == LogEventLevel.Warning && e.RenderMessage().Contains("demo account", StringComparison.Ordinal));
        Assert.Null(warning.Exception);
    }
}
