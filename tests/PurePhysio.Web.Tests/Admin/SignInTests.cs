using System.Net;
using Microsoft.EntityFrameworkCore;
using PurePhysio.Web.Features.Admin;
using PurePhysio.Web.Tests.Infrastructure;

namespace PurePhysio.Web.Tests.Admin;

public sealed class SignInTests(ClinicAppFactory factory) : IClassFixture<ClinicAppFactory>
{
    private Task<List<string>> AuditActionsForAsync(string email) =>
        factory.WithDbAsync(db => db.AuditEvents.Where(e => e.UserEmail == email).OrderBy(e => e.Id).Select(e => e.Action).ToListAsync());

    [Fact]
    public async Task StaffSignInWithTheRightPasswordAndGetASecureStrictHttpOnlyCookie()
    {
        var email = await factory.CreateStaffAsync(AdminRoles.Editor);
        var client = factory.CreateAdminClient();

        using var response = await client.SignInAsync(email);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/admin", response.Headers.Location?.OriginalString);
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("PurePhysio.Staff=", StringComparison.Ordinal)).ToLowerInvariant();
        Assert.Contains("path=/admin", cookie, StringComparison.Ordinal);
        Assert.Contains("secure", cookie, StringComparison.Ordinal);
        Assert.Contains("samesite=strict", cookie, StringComparison.Ordinal);
        Assert.Contains("httponly", cookie, StringComparison.Ordinal);
        var dashboard = await client.GetDocumentAsync("/admin");
        Assert.Equal("Dashboard", dashboard.One("main h1").Text());
        Assert.Equal(["sign-in"], await AuditActionsForAsync(email));
    }

    [Fact]
    public async Task SignInReturnsToTheAdminPageAskedFor()
    {
        var email = await factory.CreateStaffAsync(AdminRoles.Editor);
        var client = factory.CreateAdminClient();
        using var challenge = await client.GetAsync(new Uri("/admin/pages", UriKind.Relative));
        var signInUrl = challenge.Headers.Location!.PathAndQuery;

        using var response = await client.SubmitAsync(signInUrl, "#sign-in-form", new Dictionary<string, string> { ["Email"] = email, ["Password"] = AdminSession.Password });

        Assert.Equal("/admin/pages", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task WrongPasswordIsRefusedWithAPlainMessageAndAudited()
    {
        var email = await factory.CreateStaffAsync(AdminRoles.Editor);
        var client = factory.CreateAdminClient();

        using var response = await client.SignInAsync(email, "not the password at all");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await Html.ParseAsync(response);
        Assert.StartsWith("Those details did not sign you in.", page.One(".error-summary li").Text(), StringComparison.Ordinal);
        Assert.Equal(["sign-in.failed"], await AuditActionsForAsync(email));
        using var admin = await client.GetAsync(new Uri("/admin", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, admin.StatusCode);
    }

    [Fact]
    public async Task FiveWrongPasswordsLockThatClientOutEvenAgainstTheRightOne()
    {
        var email = await factory.CreateStaffAsync(AdminRoles.Admin);
        var client = factory.CreateAdminClient();

        for (var i = 0; i < 5; i++)
        {
            using var _ = await client.SignInAsync(email, $"wrong password number {i}");
        }

        using var response = await client.SignInAsync(email);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.StartsWith("Those details did not sign you in.", (await Html.ParseAsync(response)).One(".error-summary li").Text(), StringComparison.Ordinal);
        var actions = await AuditActionsForAsync(email);
        Assert.Equal(5, actions.Count(a => a == "sign-in.failed"));
        Assert.Equal(1, actions.Count(a => a == "sign-in.locked-out"));
        Assert.Equal(1, actions.Count(a => a == "sign-in.throttled"));
        Assert.DoesNotContain("sign-in", actions);
    }

    [Fact]
    public async Task DisabledAccountCannotSignIn()
    {
        var email = await factory.CreateStaffAsync(AdminRoles.Editor);
        await factory.WithDbAsync(async db =>
        {
            var user = await db.Users.SingleAsync(u => u.Email == email);
            user.DisabledAt = DateTimeOffset.UtcNow;
            await db.SaveChangesAsync();
        });

        using var response = await factory.CreateAdminClient().SignInAsync(email);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.StartsWith("Those details did not sign you in.", (await Html.ParseAsync(response)).One(".error-summary li").Text(), StringComparison.Ordinal);
        Assert.Equal(["sign-in.disabled"], await AuditActionsForAsync(email));
    }

    [Fact]
    public async Task SignOutEndsTheSession()
    {
        var client = await factory.SignedInClientAsync(AdminRoles.Editor);

        using var signOut = await client.SubmitAsync("/admin", "form[action='/admin/sign-out']", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        using var after = await client.GetAsync(new Uri("/admin", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.True(await factory.WithDbAsync(db => db.AuditEvents.AnyAsync(e => e.Action == "sign-out")));
    }

    [Fact]
    public async Task SignInFormCarriesAnAntiforgeryTokenAndRefusesPostsWithoutIt()
    {
        var page = await factory.CreateAdminClient().GetDocumentAsync("/admin/sign-in");
        Assert.NotNull(page.One("#sign-in-form").QuerySelector("input[name='__RequestVerificationToken']"));

        using var content = new FormUrlEncodedContent(new Dictionary<string, string> { ["Email"] = "a@b.example", ["Password"] = "x" });
        using var response = await factory.CreateAdminClient().PostAsync(new Uri("/admin/sign-in", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task OutsideDevelopmentThereIsNoDemoAccount()
    {
        using var fresh = new ClinicAppFactory();
        using var client = fresh.CreateAdminClient();

        using var response = await client.SignInAsync(Features.Admin.Users.DevelopmentAdmin.Email, Features.Admin.Users.DevelopmentAdmin.Password);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(await fresh.WithDbAsync(db => db.Users.AnyAsync()));
        Assert.Equal(Features.Admin.AdminRoles.All.Count, await fresh.WithDbAsync(db => db.Roles.CountAsync()));
    }

    [Fact]
    public async Task ThereIsNoPublicRegistration()
    {
        foreach (var url in new[] { "/admin/register", "/admin/account/register", "/Identity/Account/Register", "/identity/account/register" })
        {
            using var response = await factory.CreateAdminClient().GetAsync(new Uri(url, UriKind.Relative));
            if (response.StatusCode == HttpStatusCode.MovedPermanently)
            {
                // Addresses outside /admin are lower case site-wide; the lower-case one is checked in this loop too.
                Assert.Equal(url.ToLowerInvariant(), response.Headers.Location!.ToString());
                continue;
            }

            Assert.True(response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.Redirect, $"{url} answered {(int)response.StatusCode}");
            if (response.StatusCode == HttpStatusCode.Redirect)
            {
                Assert.Contains("/admin/sign-in", response.Headers.Location!.ToString(), StringComparison.Ordinal);
            }
        }
    }
}

/// <summary>The create-admin command, run as a real process against a fresh Production database.</summary>
public sealed class CreateAdminCommandTests
{
    private static Task<(int ExitCode, string Output)> RunAsync(string dataPath, string password, params string[] args) =>
        SiteProcess.RunToExitAsync(new Dictionary<string, string> { ["Storage__DataPath"] = dataPath, ["PUREPHYSIO_ADMIN_PASSWORD"] = password }, args);

    [Fact]
    public async Task CreateAdminMakesTheFirstAdminAndRefusesAShortPassword()
    {
        var dataPath = Path.Combine(Path.GetTempPath(), "purephysio-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dataPath);
        try
        {
            var weak = await RunAsync(dataPath, "short", "create-admin", "--email", "boss@purephysio.example");
            Assert.Equal(1, weak.ExitCode);
            Assert.Contains("at least 12 characters", weak.Output, StringComparison.Ordinal);

            var created = await RunAsync(dataPath, AdminSession.Password, "create-admin", "--email", "boss@purephysio.example");
            Assert.True(created.ExitCode == 0, created.Output);
            Assert.Contains("Created Admin account boss@purephysio.example", created.Output, StringComparison.Ordinal);

            var usage = await RunAsync(dataPath, AdminSession.Password, "create-admin");
            Assert.Equal(1, usage.ExitCode);
            Assert.Contains("Usage: create-admin --email", usage.Output, StringComparison.Ordinal);

            // Production has no default account: the only user is the one the command made, and it is an Admin.
            var options = new DbContextOptionsBuilder<PurePhysio.Web.Data.SqliteClinicDbContext>().UseSqlite($"Data Source={Path.Combine(dataPath, "purephysio.db")};Pooling=False").Options;
            await using var db = new PurePhysio.Web.Data.SqliteClinicDbContext(options);
            var emails = await db.Users.Select(u => u.Email).ToListAsync();
            Assert.Equal(["boss@purephysio.example"], emails);
            var role = await db.UserRoles.Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => r.Name).SingleAsync();
            Assert.Equal(AdminRoles.Admin, role);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(dataPath, recursive: true);
        }
    }
}
