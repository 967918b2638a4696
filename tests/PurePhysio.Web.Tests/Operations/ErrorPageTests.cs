using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PurePhysio.Web.Data;
using PurePhysio.Web.Tests.Infrastructure;

namespace PurePhysio.Web.Tests.Operations;

/// <summary>The 500 page helps a patient reach the clinic even when the database is what failed.</summary>
public sealed class ErrorPageTests
{
    [Fact]
    public async Task ServerErrorPageShowsTheClinicPhoneNumberWithoutTheDatabase()
    {
        using var factory = new ClinicAppFactory();
        var client = factory.CreateClient();
        using (var ok = await client.GetAsync(new Uri("/", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        }

        // The database disappears under the running site: every page that reads it fails.
        await factory.WithDbAsync(async db =>
        {
            var path = db.Database.GetDbConnection().DataSource;
            await db.Database.CloseConnectionAsync();
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            File.Delete(path);
            File.Delete(path + "-wal");
            File.Delete(path + "-shm");
        });

        // An article not shown yet: lists come from the read model in memory, an article's text from the database.
        using var response = await client.GetAsync(new Uri("/conditions/sciatica", UriKind.Relative));

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        var page = await Html.ParseAsync(response);
        Assert.Equal("Something went wrong", page.One("main h1").Text());
        var phone = page.One("main a[href^='tel:']");
        Assert.Equal(SeedData.ClinicPhone, phone.Text());
        Assert.Equal("tel:" + SeedData.ClinicPhone.Replace(" ", "", StringComparison.Ordinal), phone.GetAttribute("href"));
        Assert.Contains("phone the clinic on " + SeedData.ClinicPhone, page.One("main .lead").Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TooManyRequestsPageSaysTheWaitThatRetryAfterGives()
    {
        using var factory = new RetryAfterAppFactory();

        using var response = await factory.CreateClient().GetAsync(new Uri("/error/429", UriKind.Relative));

        var page = await Html.ParseAsync(response);
        Assert.Equal("Too many requests", page.One("main h1").Text());
        Assert.Contains("Please wait 10 minutes and try again.", page.One("main .lead").Text(), StringComparison.Ordinal);
    }

    /// <summary>A rate limiter answered 429 with Retry-After: 600 before the page is rendered.</summary>
    private sealed class RetryAfterAppFactory : ClinicAppFactory
    {
        protected override void ConfigureServices(IServiceCollection services) => services.AddSingleton<IStartupFilter>(new RetryAfterHeader());
    }

    private sealed class RetryAfterHeader : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use(async (context, nextMiddleware) =>
            {
                context.Response.Headers.RetryAfter = "600";
                await nextMiddleware(context);
            });
            next(app);
        };
    }
}
