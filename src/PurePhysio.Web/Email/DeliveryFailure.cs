using System.Net.Sockets;
using MailKit;
using MailKit.Net.Smtp;
using MimeKit;

namespace PurePhysio.Web.Email;

/// <summary>Whether a failed send is worth retrying, and a reason staff can read.</summary>
internal sealed record DeliveryFailure(bool IsPermanent, string Reason, int? SmtpStatusCode)
{
    public static DeliveryFailure From(Exception exception) => exception switch
    {
        // 5xx is the server's final answer (unknown mailbox, policy, message refused); 4xx means try later.
        SmtpCommandException smtp when (int)smtp.StatusCode >= 500 =>
            new(true, $"SMTP {(int)smtp.StatusCode} {smtp.ErrorCode}: {smtp.Message}", (int)smtp.StatusCode),
        SmtpCommandException smtp =>
            new(false, $"SMTP {(int)smtp.StatusCode} {smtp.ErrorCode}: {smtp.Message}", (int)smtp.StatusCode),
        // A stored address that cannot be parsed will never become sendable.
        ParseException or FormatException => new(true, $"Invalid message: {exception.Message}", null),
        SocketException socket => new(false, $"Network error ({socket.SocketErrorCode}): {socket.Message}", null),
        OperationCanceledException or TimeoutException => new(false, "Timed out talking to the mail server.", null),
        // Protocol errors, TLS and authentication problems, a dropped connection: the server or
        // its configuration can be fixed, and nothing accepted may be lost, so keep trying.
        ServiceNotConnectedException or SmtpProtocolException or IOException =>
            new(false, $"{exception.GetType().Name}: {exception.Message}", null),
        _ => new(false, $"{exception.GetType().Name}: {exception.Message}", null),
    };
}
