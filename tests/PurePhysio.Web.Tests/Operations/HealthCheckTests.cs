using System.Net;
using Microsoft.EntityFrameworkCore;
using PurePhysio.Web.Tests.Infrastructure;

namespace PurePhysio.Web.Tests.Operations;

public sealed class HealthCheckTests
{
    [Fact]
    public async Task HealthIsHealthyWhenTheDatabaseAnswers()
    {
        using var factory = new ClinicAppFactory();

        using var response = await factory.CreateClient().GetAsync(new Uri("/health", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task HealthIsUnhealthyWhenTheDatabaseIsGone()
    {
        using var factory = new ClinicAppFactory();
        var client = factory.CreateClient();
        using (var ok = await client.GetAsync(new Uri("/health", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        }

        // The database file disappears under the running app (a lost volume).
        await factory.WithDbAsync(async db =>
        {
            var path = db.Database.GetDbConnection().DataSource;
            await db.Database.CloseConnectionAsync();
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            File.Delete(path);
            File.Delete(path + "-wal");
            File.Delete(path + "-shm");
        });

        using var response = await client.GetAsync(new Uri("/health", UriKind.Relative));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("Unhealthy", await response.Content.ReadAsStringAsync());
    }
}
