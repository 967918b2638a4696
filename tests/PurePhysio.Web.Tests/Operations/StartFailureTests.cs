using System.Net;
using System.Net.Sockets;
using PurePhysio.Web.Tests.Infrastructure;

namespace PurePhysio.Web.Tests.Operations;

/// <summary>A site that cannot start says why in one line and exits with code 1, so a service manager sees a failure.</summary>
public sealed class StartFailureTests
{
    [Fact]
    public async Task WhenItsPortIsTakenTheSiteSaysSoAndExitsWithCode1()
    {
        var dataPath = ClinicAppFactory.NewDataPath();
        Directory.CreateDirectory(dataPath);
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;
        try
        {
            var (exitCode, output) = await SiteProcess.RunToExitAsync(new Dictionary<string, string>
            {
                ["Storage__DataPath"] = dataPath,
                ["Site__BaseUrl"] = "https://www.purephysio.test",
                ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}",
            });

            Assert.Equal(1, exitCode);
            Assert.Contains($"PurePhysio did not start: Failed to bind to address http://127.0.0.1:{port}: address already in use.", output, StringComparison.Ordinal);
            // Not a crash, and no background service blamed for the host's stop.
            Assert.DoesNotContain("Unhandled exception", output, StringComparison.Ordinal);
            Assert.DoesNotContain("BackgroundService failed", output, StringComparison.Ordinal);
            Assert.DoesNotContain(" FTL] ", output, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(dataPath, recursive: true);
        }
    }
}
