using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;

namespace PurePhysio.Web.Tests.Infrastructure;

/// <summary>
/// The in-memory test server has no remote address. A request carrying <see cref="Header"/> comes from that IP
/// address instead, as if from another machine, so that per-client limits can be tested with several clients.
/// Test hosts only: the app itself trusts no such header.
/// </summary>
public static class TestClientAddress
{
    public const string Header = "X-Test-Client-Address";

    /// <summary>Every request of <paramref name="client"/> comes from <paramref name="address"/>.</summary>
    public static HttpClient From(this HttpClient client, string address)
    {
        client.DefaultRequestHeaders.Remove(Header);
        client.DefaultRequestHeaders.Add(Header, address);
        return client;
    }

    internal sealed class StartupFilter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use(async (context, nextMiddleware) =>
            {
                if (context.Request.Headers.TryGetValue(Header, out var value) && IPAddress.TryParse(value.ToString(), out var address))
                {
                    context.Connection.RemoteIpAddress = address;
                }

                await nextMiddleware();
            });
            next(app);
        };
    }
}
