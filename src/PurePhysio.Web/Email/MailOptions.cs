using MailKit.Security;

namespace PurePhysio.Web.Email;

/// <summary>
/// Outgoing mail settings (section <c>Mail</c>). With no <see cref="Host"/>, messages are written as
/// .eml files to <see cref="PickupDirectory"/> (default <c>{DataPath}/mail</c>) so the app works out of the box.
/// </summary>
public sealed class MailOptions
{
    public const string SectionName = "Mail";

    public string? Host { get; set; }
    public int Port { get; set; } = 587;

    /// <summary>MailKit's TLS mode: None, Auto, SslOnConnect, StartTls or StartTlsWhenAvailable.</summary>
    public SecureSocketOptions SecureSocketOptions { get; set; } = SecureSocketOptions.StartTlsWhenAvailable;

    public string? UserName { get; set; }
    public string? Password { get; set; }

    public string FromAddress { get; set; } = "enquiries@purephysio.local";
    public string FromName { get; set; } = "Pure Physiotherapy";

    /// <summary>Who receives new enquiries.</summary>
    public string[] StaffRecipients { get; set; } = [];

    /// <summary>Limit for each network operation (connect, authenticate, send).</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Where .eml files go when no <see cref="Host"/> is set; relative to the data folder.</summary>
    public string PickupDirectory { get; set; } = "mail";

    public bool UsesSmtp => !string.IsNullOrWhiteSpace(Host);
}

/// <summary>How the outbox worker polls, claims and retries (section <c>Mail:Delivery</c>).</summary>
internal sealed class OutboxDeliveryOptions
{
    public const string SectionName = "Mail:Delivery";

    /// <summary>How often due messages are looked for when nothing wakes the worker earlier.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);

    public int BatchSize { get; set; } = 20;

    /// <summary>
    /// How long a claim stays exclusive without renewal. The worker renews its claims every quarter of this while
    /// it runs, so a slow send keeps its claim; after a crash (kill -9, power loss) the claims come free within it.
    /// </summary>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>The first retry delay; each further failure doubles it up to <see cref="RetryMaxDelay"/>.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(30);

    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromHours(1);

    /// <summary>After this long since the message was created, a transient failure is recorded as failed.</summary>
    public TimeSpan GiveUpAfter { get; set; } = TimeSpan.FromDays(7);
}
