using System.ComponentModel.DataAnnotations;
using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using MimeKit;
using MimeKit.Utils;
using PurePhysio.Web.Data;
using PurePhysio.Web.Domain;
using PurePhysio.Web.Email;
using PurePhysio.Web.Features.Admin.Audit;
using PurePhysio.Web.Features.Seo;

namespace PurePhysio.Web.Features.Admin.Account;

public sealed class ForgotPasswordViewModel
{
    [Required(ErrorMessage = "Enter the email address you sign in with.")]
    [EmailAddress(ErrorMessage = "Enter an email address like name@example.org.")]
    [StringLength(256)]
    [Display(Name = "Email address")]
    public string Email { get; set; } = "";
}

/// <summary>
/// "Forgot password": for an enabled staff account, a single-use link to choose a new password, sent through the
/// outbox (stored with its audit event in one SaveChanges, delivered and retried by the outbox worker). The page
/// that follows is the same whether the address is an account or not. The link carries Identity's password reset
/// token: valid for <see cref="StaffSignInOptions.ResetLinkLifetime"/>, and spent by use (the security stamp changes).
/// The token is never logged; it is stored only in the message body, which the admin area never shows.
/// </summary>
public sealed class ForgotPassword(
    UserManager<StaffUser> users,
    ClinicDbContext db,
    AuditLog audit,
    OutboxSignal outbox,
    SiteUrls urls,
    TimeProvider time,
    IOptions<MailOptions> mail,
    IOptions<StaffSignInOptions> options)
{
    public async Task RequestAsync(ForgotPasswordViewModel model, HttpRequest request, Func<string, string, string> resetPath)
    {
        var email = model.Email.Trim();
        var user = await users.FindByEmailAsync(email);
        if (user?.Email is null || user.DisabledAt is not null)
        {
            return;
        }

        var token = await users.GeneratePasswordResetTokenAsync(user);
        var link = urls.BaseUrl(request) + resetPath(user.Id, WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(token)));
        var now = time.GetUtcNow();
        db.OutboxMessages.Add(new OutboxMessage
        {
            Kind = OutboxMessageKind.StaffPasswordReset,
            To = new MailboxAddress(user.DisplayName, user.Email).ToString(),
            Subject = "Reset your Pure Physiotherapy admin password",
            TextBody = Body(link),
            MessageId = MimeUtils.GenerateMessageId(Domain(mail.Value.FromAddress)),
            CreatedAt = now,
            NextAttemptAt = now,
        });
        audit.Add(AuditActions.PasswordResetRequested, user.Email, $"Reset link sent from client {SignInLockout.ClientKey(request.HttpContext)}",
            email: user.Email, userId: user.Id);
        await db.SaveChangesAsync();
        outbox.Notify();
    }

    private string Body(string link) => new StringBuilder()
        .AppendLine("Someone (we hope you) asked to reset the password of your Pure Physiotherapy admin account.")
        .AppendLine()
        .AppendLine("Choose a new password here:")
        .AppendLine(link)
        .AppendLine()
        .AppendLine($"The link works once and for {Errors.RetryAfter.InWords(options.Value.ResetLinkLifetime)}.")
        .AppendLine("If you did not ask for it, ignore this email: your password stays as it is.")
        .ToString();

    private static string Domain(string address)
    {
        var at = address.LastIndexOf('@');
        return at >= 0 && at < address.Length - 1 ? address[(at + 1)..] : "purephysio.local";
    }
}
