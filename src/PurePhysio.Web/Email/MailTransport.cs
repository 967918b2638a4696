using MailKit.Net.Smtp;
using Microsoft.Extensions.Options;
using MimeKit;
using PurePhysio.Web.Infrastructure;

namespace PurePhysio.Web.Email;

/// <summary>Sends the messages of one delivery batch; an SMTP connection is reused across the batch.</summary>
internal interface IMailTransport : IAsyncDisposable
{
    Task SendAsync(MimeMessage message, CancellationToken cancellationToken);
}

internal sealed class MailTransportFactory(IOptions<MailOptions> options, IConfiguration configuration, IHostEnvironment environment)
{
    public IMailTransport Create()
    {
        var mail = options.Value;
        if (mail.UsesSmtp)
        {
            return new SmtpMailTransport(mail);
        }

        var directory = Path.Combine(StorageOptions.ResolveDataPath(configuration, environment), mail.PickupDirectory);
        return new PickupDirectoryMailTransport(directory);
    }
}

internal sealed class SmtpMailTransport(MailOptions options) : IMailTransport
{
    private SmtpClient? _client;

    public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        // MailKit's Timeout covers each read and write; this bounds connect + send as a whole.
        timeout.CancelAfter(options.Timeout * 3);
        try
        {
            var client = await ConnectedClientAsync(timeout.Token);
            await client.SendAsync(message, timeout.Token);
        }
        catch
        {
            // After any failure the session state is unknown: start the next message on a fresh connection.
            _client?.Dispose();
            _client = null;
            throw;
        }
    }

    private async Task<SmtpClient> ConnectedClientAsync(CancellationToken cancellationToken)
    {
        if (_client is { IsConnected: true })
        {
            return _client;
        }

        _client?.Dispose();
        _client = new SmtpClient { Timeout = (int)options.Timeout.TotalMilliseconds };
        await _client.ConnectAsync(options.Host!, options.Port, options.SecureSocketOptions, cancellationToken);
        if (!string.IsNullOrEmpty(options.UserName))
        {
            await _client.AuthenticateAsync(options.UserName, options.Password ?? "", cancellationToken);
        }

        return _client;
    }

    public async ValueTask DisposeAsync()
    {
        if (_client is null)
        {
            return;
        }

        try
        {
            if (_client.IsConnected)
            {
                using var timeout = new CancellationTokenSource(options.Timeout);
                await _client.DisconnectAsync(quit: true, timeout.Token);
            }
        }
        catch (Exception)
        {
            // The messages are already recorded as sent; a failed QUIT changes nothing.
        }
        finally
        {
            _client.Dispose();
        }
    }
}

/// <summary>Writes each message as an .eml file, for running without a mail server.</summary>
internal sealed class PickupDirectoryMailTransport(string directory) : IMailTransport
{
    public string Directory { get; } = directory;

    public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        System.IO.Directory.CreateDirectory(Directory);
        var safeId = string.Concat((message.MessageId ?? Guid.NewGuid().ToString("N")).Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-'));
        var path = Path.Combine(Directory, $"{message.Date.UtcDateTime:yyyyMMdd-HHmmss}-{safeId}.eml");
        var temporary = path + ".tmp";

        // Written aside then moved, so a mail reader never sees half a file; a resend replaces the same file.
        await message.WriteToAsync(temporary, cancellationToken);
        File.Move(temporary, path, overwrite: true);
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
