using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using MimeKit;
using SmtpServer;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace PurePhysio.Web.Tests.Infrastructure;

/// <summary>
/// A real SMTP server on 127.0.0.1 (the SmtpServer package) that records what it receives. It can be
/// stopped and started again on the same port (a mail server outage), told to reject mail with a code, or to answer slowly.
/// </summary>
public sealed class TestSmtpServer : IAsyncDisposable
{
    private readonly ConcurrentQueue<MimeMessage> _received = new();
    private SmtpServer.SmtpServer? _server;

    private TestSmtpServer(int port) => Port = port;

    public int Port { get; }

    /// <summary>When set, every message is answered with this SMTP reply code instead of being accepted.</summary>
    public int? RejectWithCode { get; set; }

    /// <summary>When set, each message is held this long before it is answered (a slow mail server, or one mid-send).</summary>
    public TimeSpan AnswerDelay { get; set; }

    public IReadOnlyList<MimeMessage> Received => [.. _received];

    public static async Task<TestSmtpServer> StartAsync()
    {
        var server = new TestSmtpServer(FreePort());
        await server.StartAgainAsync();
        return server;
    }

    public async Task StartAgainAsync()
    {
        var options = new SmtpServerOptionsBuilder()
            .ServerName("localhost")
            .Endpoint(e => e.Endpoint(new IPEndPoint(IPAddress.Loopback, Port)))
            .Build();
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(new RecordingStore(this));
        _server = new SmtpServer.SmtpServer(options, services);
        _ = _server.StartAsync(CancellationToken.None);
        await WaitUntilAsync(accepting: true);
    }

    public async Task StopAsync()
    {
        if (_server is null)
        {
            return;
        }

        _server.Shutdown();
        await _server.ShutdownTask.WaitAsync(TimeSpan.FromSeconds(10));
        _server = null;
        await WaitUntilAsync(accepting: false);
    }

    public async ValueTask DisposeAsync() => await StopAsync();

    private async Task WaitUntilAsync(bool accepting)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (DateTime.UtcNow < deadline)
        {
            using var probe = new TcpClient();
            try
            {
                await probe.ConnectAsync(IPAddress.Loopback, Port);
                if (accepting)
                {
                    return;
                }
            }
            catch (SocketException)
            {
                if (!accepting)
                {
                    return;
                }
            }

            await Task.Delay(20);
        }

        throw new TimeoutException($"SMTP test server on port {Port} did not become {(accepting ? "reachable" : "unreachable")}.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private sealed class RecordingStore(TestSmtpServer owner) : MessageStore
    {
        public override async Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction,
            ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            if (owner.AnswerDelay > TimeSpan.Zero)
            {
                await Task.Delay(owner.AnswerDelay, CancellationToken.None);
            }

            if (owner.RejectWithCode is { } code)
            {
                return new SmtpResponse((SmtpReplyCode)code, "Rejected by the test server");
            }

            using var stream = new MemoryStream(buffer.ToArray());
            owner._received.Enqueue(await MimeMessage.LoadAsync(stream, cancellationToken));
            return SmtpResponse.Ok;
        }
    }
}
