using System.Net;
using Microsoft.EntityFrameworkCore;
using PurePhysio.Web.Features.Admin;
using PurePhysio.Web.Tests.Infrastructure;

namespace PurePhysio.Web.Tests.Admin;

/// <summary>Setting up an authenticator app and signing in with it, as a member of staff does.</summary>
public static class TwoFactorSetup
{
    /// <summary>Signs in, sets up the authenticator from the key on the page; returns the key and the recovery codes shown.</summary>
    public static async Task<(string Key, List<string> RecoveryCodes)> SetUpAsync(HttpClient signedIn)
    {
        var page = await signedIn.GetDocumentAsync("/admin/account/two-factor");
        var key = page.One("#shared-key").Text();
        using var enabled = await signedIn.SubmitAsync("/admin/account/two-factor", "#enable-two-factor-form",
            new Dictionary<string, string> { ["Code"] = Totp.Code(key, DateTimeOffset.UtcNow) });
        Assert.Equal(HttpStatusCode.OK, enabled.StatusCode);
        var codes = (await Html.ParseAsync(enabled)).QuerySelectorAll("#recovery-codes li").Select(li => li.Text()).ToList();
        return (key, codes);
    }

    public static Task<HttpResponseMessage> CodeAsync(HttpClient client, string code) =>
        client.SubmitAsync("/admin/sign-in/two-factor", "#two-factor-form", new Dictionary<string, string> { ["Code"] = code });

    public static Task<HttpResponseMessage> RecoveryCodeAsync(HttpClient client, string code) =>
        client.SubmitAsync("/admin/sign-in/two-factor", "#recovery-code-form", new Dictionary<string, string> { ["RecoveryCode"] = code });
}

public sealed class TwoFactorTests(ClinicAppFactory factory) : IClassFixture<ClinicAppFactory>
{
    private async Task<(string Email, string Key, List<string> Codes)> StaffWithAuthenticatorAsync()
    {
        var email = await factory.CreateStaffAsync(AdminRoles.Editor);
        var client = factory.CreateAdminClient();
        using (var signIn = await client.SignInAsync(email))
        {
            Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        }

        var (key, codes) = await TwoFactorSetup.SetUpAsync(client);
        return (email, key, codes);
    }

    [Fact]
    public async Task TheSetUpPageShowsAQrCodeAndTheKeyAndAsksForAOneTimeCode()
    {
        var client = await factory.SignedInClientAsync(AdminRoles.Editor);

        var page = await client.GetDocumentAsync("/admin/account/two-factor");

        var qr = page.One("svg.qr-code");
        Assert.Equal("img", qr.GetAttribute("role"));
        Assert.False(string.IsNullOrEmpty(qr.GetAttribute("aria-label")));
        Assert.True(qr.QuerySelector("path")!.GetAttribute("d")!.Length > 1000);
        Assert.Matches("^([a-z2-7]{4} )+[a-z2-7]{1,4}$", page.One("#shared-key").Text());
        var code = page.One("#enable-two-factor-form input[name='Code']");
        Assert.Equal("one-time-code", code.GetAttribute("autocomplete"));
        Assert.Equal("numeric", code.GetAttribute("inputmode"));
        Assert.NotNull(page.QuerySelector($"label[for='{code.Id}']"));
        Assert.Empty(page.QuerySelectorAll("script"));
    }

    [Fact]
    public async Task AWrongCodeDoesNotTurnTwoFactorOn()
    {
        var email = await factory.CreateStaffAsync(AdminRoles.Editor);
        var client = factory.CreateAdminClient();
        using (var _ = await client.SignInAsync(email))
        {
        }

        using var wrong = await client.SubmitAsync("/admin/account/two-factor", "#enable-two-factor-form", new Dictionary<string, string> { ["Code"] = "000000" });

        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.StartsWith("That code is not right.", (await Html.ParseAsync(wrong)).One("#Code-error").Text(), StringComparison.Ordinal);
        Assert.False((await factory.FindUserAsync(email)).TwoFactorEnabled);
    }

    [Fact]
    public async Task StaffWithAnAuthenticatorSignInWithAGeneratedCode()
    {
        var (email, key, codes) = await StaffWithAuthenticatorAsync();
        Assert.Equal(10, codes.Count);
        Assert.True((await factory.FindUserAsync(email)).TwoFactorEnabled);

        var client = factory.CreateAdminClient();
        using (var password = await client.SignInAsync(email))
        {
            Assert.Equal(HttpStatusCode.Redirect, password.StatusCode);
            Assert.Equal("/admin/sign-in/two-factor", password.Headers.Location?.OriginalString);
        }

        // The password alone opens nothing.
        using (var notYet = await client.GetAsync(new Uri("/admin", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.Redirect, notYet.StatusCode);
        }

        using (var wrong = await TwoFactorSetup.CodeAsync(client, "123456" == Totp.Code(key, DateTimeOffset.UtcNow) ? "654321" : "123456"))
        {
            Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        }

        using (var right = await TwoFactorSetup.CodeAsync(client, Totp.Code(key, DateTimeOffset.UtcNow)))
        {
            Assert.Equal(HttpStatusCode.Redirect, right.StatusCode);
            Assert.Equal("/admin", right.Headers.Location?.OriginalString);
        }

        Assert.Equal("Dashboard", (await client.GetDocumentAsync("/admin")).One("main h1").Text());
        var actions = await factory.WithDbAsync(db => db.AuditEvents.Where(e => e.UserEmail == email).Select(e => e.Action).ToListAsync());
        Assert.Contains("user.two-factor-enabled", actions);
        Assert.Contains("sign-in.second-factor-failed", actions);
    }

    [Fact]
    public async Task ARecoveryCodeSignsInOnce()
    {
        var (email, _, codes) = await StaffWithAuthenticatorAsync();

        var first = factory.CreateAdminClient();
        using (var _ = await first.SignInAsync(email))
        {
        }

        using (var recovered = await TwoFactorSetup.RecoveryCodeAsync(first, codes[0].ToLowerInvariant()))
        {
            Assert.Equal(HttpStatusCode.Redirect, recovered.StatusCode);
        }

        Assert.Equal("Dashboard", (await first.GetDocumentAsync("/admin")).One("main h1").Text());
        Assert.Contains("9 unused recovery codes", (await first.GetDocumentAsync("/admin/account/two-factor")).One("main").Text(), StringComparison.Ordinal);

        var second = factory.CreateAdminClient();
        using (var _ = await second.SignInAsync(email))
        {
        }

        using var reused = await TwoFactorSetup.RecoveryCodeAsync(second, codes[0]);
        Assert.Equal(HttpStatusCode.BadRequest, reused.StatusCode);
        using var next = await TwoFactorSetup.RecoveryCodeAsync(second, codes[1].Replace("-", "", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.Redirect, next.StatusCode);
    }

    [Fact]
    public async Task GuessingCodesLocksOnlyThatClientOutOfTheSecondStep()
    {
        var (email, key, _) = await StaffWithAuthenticatorAsync();
        var guesser = factory.CreateAdminClient().From("203.0.113.150");
        using (var _ = await guesser.SignInAsync(email))
        {
        }

        var right = Totp.Code(key, DateTimeOffset.UtcNow);
        for (var i = 0; i < 5; i++)
        {
            var guess = (100000 + i).ToString(System.Globalization.CultureInfo.InvariantCulture);
            using var wrong = await TwoFactorSetup.CodeAsync(guesser, guess == right ? "999999" : guess);
            Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        }

        using (var refused = await TwoFactorSetup.CodeAsync(guesser, Totp.Code(key, DateTimeOffset.UtcNow)))
        {
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        }

        var owner = factory.CreateAdminClient().From("192.0.2.150");
        using (var _ = await owner.SignInAsync(email))
        {
        }

        using var ownerIn = await TwoFactorSetup.CodeAsync(owner, Totp.Code(key, DateTimeOffset.UtcNow));
        Assert.Equal(HttpStatusCode.Redirect, ownerIn.StatusCode);
        var audit = await factory.WithDbAsync(db => db.AuditEvents.Where(e => e.UserEmail == email).Select(e => e.Action).ToListAsync());
        Assert.Single(audit, a => a == "sign-in.locked-out");
    }

    [Fact]
    public async Task TurningTwoFactorOffForgetsTheKey()
    {
        var (email, key, _) = await StaffWithAuthenticatorAsync();
        var client = factory.CreateAdminClient();
        using (var _ = await client.SignInAsync(email))
        {
        }

        using (var __ = await TwoFactorSetup.CodeAsync(client, Totp.Code(key, DateTimeOffset.UtcNow)))
        {
        }

        using var off = await client.SubmitAsync("/admin/account/two-factor", "#disable-two-factor-form", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, off.StatusCode);
        Assert.False((await factory.FindUserAsync(email)).TwoFactorEnabled);
        Assert.NotEqual(key, (await client.GetDocumentAsync("/admin/account/two-factor")).One("#shared-key").Text());
        using var plain = await factory.CreateAdminClient().SignInAsync(email);
        Assert.Equal("/admin", plain.Headers.Location?.OriginalString);
    }

    [Fact]
    public void TheTestsTotpMatchesTheRfc6238TestVector()
    {
        // RFC 6238 appendix B, SHA-1, T = 59 s: 94287082 (8 digits), so 287082 in 6.
        Assert.Equal("287082", Totp.Code("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ", DateTimeOffset.FromUnixTimeSeconds(59)));
    }
}

/// <summary>Its own app: requiring two-factor sign-in applies to every member of staff.</summary>
public sealed class RequiredTwoFactorTests(ClinicAppFactory factory) : IClassFixture<ClinicAppFactory>
{
    [Fact]
    public async Task WhenAnAdminRequiresItStaffWithoutItMustSetItUpFirst()
    {
        var admin = await factory.SignedInClientAsync(AdminRoles.Admin);
        using (var required = await admin.SubmitAsync("/admin/users", "#staff-security-form", new Dictionary<string, string> { ["requireTwoFactor"] = "true" }))
        {
            Assert.Equal(HttpStatusCode.Redirect, required.StatusCode);
        }

        var editor = await factory.SignedInClientAsync(AdminRoles.Editor);
        foreach (var url in new[] { "/admin", "/admin/conditions" })
        {
            using var held = await editor.GetAsync(new Uri(url, UriKind.Relative));
            Assert.Equal(HttpStatusCode.Redirect, held.StatusCode);
            Assert.Equal("/admin/account/two-factor", held.Headers.Location?.OriginalString);
        }

        var setUp = await editor.GetDocumentAsync("/admin/account/two-factor");
        Assert.Contains("requires two-factor sign-in", setUp.One("main").Text(), StringComparison.Ordinal);
        await TwoFactorSetup.SetUpAsync(editor);
        Assert.Equal("Dashboard", (await editor.GetDocumentAsync("/admin")).One("main h1").Text());
        Assert.True(await factory.WithDbAsync(db => db.AuditEvents.AnyAsync(e => e.Action == "staff-security.updated")));

        // The Admin who required it is held too, until they set it up.
        using var adminHeld = await admin.GetAsync(new Uri("/admin/users", UriKind.Relative));
        Assert.Equal("/admin/account/two-factor", adminHeld.Headers.Location?.OriginalString);
    }
}
