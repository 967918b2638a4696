using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using PurePhysio.Web.Domain;
using PurePhysio.Web.Features.Admin;
using PurePhysio.Web.Tests.Enquiries;
using PurePhysio.Web.Tests.Infrastructure;

namespace PurePhysio.Web.Tests.Admin;

/// <summary>The app with real SMTP on 127.0.0.1 (the outbox delivers reset links) and every log event captured.</summary>
public class AccountMailAppFactory : EnquiryAppFactory;

/// <summary>Reset links that last five seconds.</summary>
public sealed class ShortResetLinkAppFactory : AccountMailAppFactory
{
    protected override IDictionary<string, string?> Overrides => new Dictionary<string, string?> { ["Admin:SignIn:ResetLinkLifetime"] = "00:00:05" };
}

public static partial class ResetMail
{
    [GeneratedRegex(@"https://localhost(?<path>/admin/reset-password\?\S+)")]
    private static partial Regex Link();

    /// <summary>Asks for a reset link for <paramref name="email"/> and returns the path and query of the link that arrives by SMTP.</summary>
    public static async Task<string> RequestLinkAsync(EnquiryAppFactory factory, string email)
    {
        var client = factory.CreateAdminClient();
        using var sent = await client.SubmitAsync("/admin/forgot-password", "#forgot-password-form", new Dictionary<string, string> { ["Email"] = email });
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        var mail = (await Eventually.MatchesAsync(() => factory.Smtp.Received.Where(m => m.To.Mailboxes.Any(a => a.Address == email)).ToList(),
            r => r.Count > 0, $"the reset mail to {email}")).Last();
        var match = Link().Match(mail.TextBody ?? "");
        Assert.True(match.Success, mail.TextBody);
        return match.Groups["path"].Value;
    }
}

public sealed class PasswordTests(AccountMailAppFactory factory) : IClassFixture<AccountMailAppFactory>
{
    private const string NewPassword = "my very own new password";

    private static Task<HttpResponseMessage> ChangeAsync(HttpClient client, string current, string next, string? confirm = null) =>
        client.SubmitAsync("/admin/account/password", "#change-password-form", new Dictionary<string, string>
        {
            ["CurrentPassword"] = current, ["NewPassword"] = next, ["ConfirmPassword"] = confirm ?? next,
        });

    [Fact]
    public async Task StaffChangeTheirOwnPasswordWithTheCurrentOne()
    {
        var email = await factory.CreateStaffAsync(AdminRoles.Editor);
        var client = factory.CreateAdminClient();
        using (var signIn = await client.SignInAsync(email))
        {
            Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        }

        using (var wrongCurrent = await ChangeAsync(client, "not my current password", NewPassword))
        {
            Assert.Equal(HttpStatusCode.BadRequest, wrongCurrent.StatusCode);
            Assert.Equal("Your current password is not right.", (await Html.ParseAsync(wrongCurrent)).One("#CurrentPassword-error").Text());
        }

        using (var mismatch = await ChangeAsync(client, AdminSession.Password, NewPassword, "something else entirely"))
        {
            Assert.Equal("The two new passwords are not the same.", (await Html.ParseAsync(mismatch)).One("#ConfirmPassword-error").Text());
        }

        using (var tooShort = await ChangeAsync(client, AdminSession.Password, "short one"))
        {
            Assert.Contains("at least 12 characters", (await Html.ParseAsync(tooShort)).One("#NewPassword-error").Text(), StringComparison.Ordinal);
        }

        using (var changed = await ChangeAsync(client, AdminSession.Password, NewPassword))
        {
            Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        }

        // The session carries on (renewed with the new security stamp); the old password is gone.
        Assert.Equal("Dashboard", (await client.GetDocumentAsync("/admin")).One("main h1").Text());
        using var old = await factory.CreateAdminClient().SignInAsync(email);
        Assert.Equal(HttpStatusCode.BadRequest, old.StatusCode);
        using var fresh = await factory.CreateAdminClient().SignInAsync(email, NewPassword);
        Assert.Equal(HttpStatusCode.Redirect, fresh.StatusCode);
        Assert.True(await factory.WithDbAsync(db => db.AuditEvents.AnyAsync(e => e.Action == "user.password-changed" && e.UserEmail == email)));
    }

    [Fact]
    public async Task ATemporaryPasswordFromAnAdminMustBeChangedBeforeAnythingElse()
    {
        var admin = await factory.SignedInClientAsync(AdminRoles.Admin);
        var email = $"temporary-{Guid.NewGuid():N}@purephysio.example";
        using (var created = await admin.SubmitAsync("/admin/users/create", "#user-form", new Dictionary<string, string>
               {
                   ["Email"] = email, ["DisplayName"] = "New Editor", ["Role"] = AdminRoles.Editor, ["Password"] = "temporary password 1",
               }))
        {
            await AdminSession.AssertRedirectAsync(created);
        }

        var editor = factory.CreateAdminClient();
        using (var signIn = await editor.SignInAsync(email, "temporary password 1"))
        {
            Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        }

        foreach (var url in new[] { "/admin", "/admin/conditions" })
        {
            using var held = await editor.GetAsync(new Uri(url, UriKind.Relative));
            Assert.Equal(HttpStatusCode.Redirect, held.StatusCode);
            Assert.Equal("/admin/account/password", held.Headers.Location?.OriginalString);
        }

        var form = await editor.GetDocumentAsync("/admin/account/password");
        Assert.Contains("temporary password", form.One("main").Text(), StringComparison.Ordinal);
        using (var changed = await ChangeAsync(editor, "temporary password 1", NewPassword))
        {
            Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        }

        Assert.Equal("Dashboard", (await editor.GetDocumentAsync("/admin")).One("main h1").Text());
        Assert.False((await factory.FindUserAsync(email)).MustChangePassword);
    }

    [Fact]
    public async Task ForgotPasswordAnswersTheSameForAnyAddressAndMailsOnlyRealAccounts()
    {
        var email = await factory.CreateStaffAsync(AdminRoles.Editor);
        var unknown = $"not-staff-{Guid.NewGuid():N}@purephysio.example";
        var answers = new List<string>();
        foreach (var address in new[] { email, unknown })
        {
            var client = factory.CreateAdminClient();
            using var sent = await client.SubmitAsync("/admin/forgot-password", "#forgot-password-form", new Dictionary<string, string> { ["Email"] = address });
            Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
            var page = await client.GetDocumentAsync(sent.Headers.Location!.OriginalString);
            answers.Add($"{sent.Headers.Location} {page.One("main").InnerHtml}");
        }

        Assert.Equal(answers[0], answers[1]);
        await Eventually.MatchesAsync(() => factory.Smtp.Received.Count(m => m.To.Mailboxes.Any(a => a.Address == email)), n => n == 1, "the reset mail");
        Assert.DoesNotContain(factory.Smtp.Received, m => m.To.Mailboxes.Any(a => a.Address == unknown));
        var outbox = await factory.WithDbAsync(db => db.OutboxMessages.AsNoTracking().Where(m => m.Kind == OutboxMessageKind.StaffPasswordReset).ToListAsync());
        Assert.All(outbox, m => Assert.Null(m.EnquiryId));
    }

    [Fact]
    public async Task AResetLinkSetsANewPasswordOnceAndIsNeverLogged()
    {
        var email = await factory.CreateStaffAsync(AdminRoles.Editor);
        var link = await ResetMail.RequestLinkAsync(factory, email);
        var client = factory.CreateAdminClient();

        using (var page = await client.GetAsync(new Uri(link, UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            Assert.Equal("no-referrer", page.Headers.GetValues("Referrer-Policy").Single());
        }

        using (var reset = await client.SubmitAsync(link, "#reset-password-form", new Dictionary<string, string> { ["NewPassword"] = NewPassword, ["ConfirmPassword"] = NewPassword }))
        {
            Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);
            Assert.Equal("/admin/sign-in", reset.Headers.Location?.OriginalString);
        }

        using (var signIn = await factory.CreateAdminClient().SignInAsync(email, NewPassword))
        {
            Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        }

        // Used once: the security stamp moved on, so the same link is refused, read or posted.
        using (var again = await client.GetAsync(new Uri(link, UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
            Assert.Equal("This link no longer works", (await Html.ParseAsync(again)).One("main h1").Text());
        }

        var token = Regex.Match(link, "token=([^&]+)").Groups[1].Value;
        var form = (AngleSharp.Html.Dom.IHtmlFormElement)(await client.GetDocumentAsync("/admin/forgot-password")).One("#forgot-password-form");
        using (var content = new FormUrlEncodedContent(new Dictionary<string, string>
               {
                   ["__RequestVerificationToken"] = ((AngleSharp.Html.Dom.IHtmlInputElement)form.One("input[name='__RequestVerificationToken']")).Value,
                   ["User"] = (await factory.FindUserAsync(email)).Id, ["Token"] = Uri.UnescapeDataString(token),
                   ["NewPassword"] = "an attacker's new password", ["ConfirmPassword"] = "an attacker's new password",
               }))
        using (var replay = await client.PostAsync(new Uri("/admin/reset-password", UriKind.Relative), content))
        {
            Assert.Equal(HttpStatusCode.BadRequest, replay.StatusCode);
        }

        using (var stillMine = await factory.CreateAdminClient().SignInAsync(email, NewPassword))
        {
            Assert.Equal(HttpStatusCode.Redirect, stillMine.StatusCode);
        }

        var leaks = factory.Logs.Events.Select(TestLogSink.Render).Where(e => e.Contains(token, StringComparison.Ordinal)).ToList();
        Assert.True(leaks.Count == 0, "The reset token was logged: " + string.Join(" | ", leaks));
        Assert.True(await factory.WithDbAsync(db => db.AuditEvents.AnyAsync(e => e.Action == "user.password-reset-by-link" && e.UserEmail == email)));
    }

    [Fact]
    public async Task AResetLinkForADisabledAccountIsNeverSent()
    {
        var email = await factory.CreateStaffAsync(AdminRoles.Editor);
        await factory.WithDbAsync(async db =>
        {
            (await db.Users.SingleAsync(u => u.Email == email)).DisabledAt = DateTimeOffset.UtcNow;
            await db.SaveChangesAsync();
        });

        using var sent = await factory.CreateAdminClient().SubmitAsync("/admin/forgot-password", "#forgot-password-form", new Dictionary<string, string> { ["Email"] = email });

        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        Assert.False(await factory.WithDbAsync(db => db.OutboxMessages.AnyAsync(m => m.To.Contains(email))));
    }
}

public sealed class ResetLinkExpiryTests(ShortResetLinkAppFactory factory) : IClassFixture<ShortResetLinkAppFactory>
{
    [Fact]
    public async Task AResetLinkStopsWorkingWhenItsTimeIsUp()
    {
        var email = await factory.CreateStaffAsync(AdminRoles.Editor);
        var link = await ResetMail.RequestLinkAsync(factory, email);
        var client = factory.CreateAdminClient();

        using (var fresh = await client.GetAsync(new Uri(link, UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.OK, fresh.StatusCode);
        }

        // Lifetime five seconds (Admin:SignIn:ResetLinkLifetime): the same, unused link is refused once it has passed.
        var status = await Eventually.MatchesAsync(async () =>
        {
            using var page = await client.GetAsync(new Uri(link, UriKind.Relative));
            return page.StatusCode;
        }, s => s == HttpStatusCode.BadRequest, "the link to expire", TimeSpan.FromSeconds(15));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        using var signIn = await factory.CreateAdminClient().SignInAsync(email);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
    }
}
