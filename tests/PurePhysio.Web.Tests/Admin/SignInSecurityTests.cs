using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PurePhysio.Web.Domain;
using PurePhysio.Web.Features.Admin;
using PurePhysio.Web.Tests.Infrastructure;

namespace PurePhysio.Web.Tests.Admin;

/// <summary>Counts password verifications, to show that every sign-in post computes one hash whatever the address.</summary>
public sealed class CountingPasswordHasher(PasswordHasher<StaffUser> inner, CountingPasswordHasher.Counter counter) : IPasswordHasher<StaffUser>
{
    public sealed class Counter
    {
        private int _verifications;

        public int Verifications => Volatile.Read(ref _verifications);

        public void Add() => Interlocked.Increment(ref _verifications);
    }

    public string HashPassword(StaffUser user, string password) => inner.HashPassword(user, password);

    public PasswordVerificationResult VerifyHashedPassword(StaffUser user, string hashedPassword, string providedPassword)
    {
        counter.Add();
        return inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
    }
}

/// <summary>The app with its password hasher counted (the app's own hasher, behind a decorator).</summary>
public sealed class CountedHasherAppFactory : ClinicAppFactory
{
    public CountingPasswordHasher.Counter Hashes { get; } = new();

    protected override void ConfigureServices(IServiceCollection services) =>
        services.AddScoped<IPasswordHasher<StaffUser>>(sp => new CountingPasswordHasher(
            new PasswordHasher<StaffUser>(sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<PasswordHasherOptions>>()), Hashes));
}

public sealed class SignInSecurityTests(CountedHasherAppFactory factory) : IClassFixture<CountedHasherAppFactory>
{
    private static string NewAddress() => $"198.51.100.{Random.Shared.Next(1, 255)}";

    private HttpClient ClientFrom(string address) => factory.CreateAdminClient().From(address);

    private async Task<string> DisabledStaffAsync()
    {
        var email = await factory.CreateStaffAsync(AdminRoles.Editor);
        await factory.WithDbAsync(async db =>
        {
            var user = await db.Users.SingleAsync(u => u.Email == email);
            user.DisabledAt = DateTimeOffset.UtcNow;
            await db.SaveChangesAsync();
        });
        return email;
    }

    private static async Task LockAsync(HttpClient client, string email)
    {
        for (var i = 0; i < 5; i++)
        {
            using var wrong = await client.SignInAsync(email, $"wrong password number {i}");
            Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        }
    }

    private Task<List<AuditEvent>> AuditFor(string email) =>
        factory.WithDbAsync(db => db.AuditEvents.AsNoTracking().Where(e => e.UserEmail == email).OrderBy(e => e.Id).ToListAsync());

    /// <summary>What a refused sign-in shows: status, the messages, and the form (its token and typed address aside).</summary>
    private static async Task<string> AnswerAsync(HttpResponseMessage response)
    {
        var page = await Html.ParseAsync(response);
        foreach (var varying in page.QuerySelectorAll("input[name='__RequestVerificationToken'], input[name='Email']"))
        {
            varying.Remove();
        }

        return $"{(int)response.StatusCode} {page.Title} {page.One("main").InnerHtml}";
    }

    [Fact]
    public async Task UnknownAddressWrongPasswordLockedAndDisabledAccountsGetTheSameAnswer()
    {
        var client = ClientFrom("203.0.113.10");
        var real = await factory.CreateStaffAsync(AdminRoles.Admin);
        var disabled = await DisabledStaffAsync();
        var locked = await factory.CreateStaffAsync(AdminRoles.Editor);
        await LockAsync(client, locked);

        using var unknown = await client.SignInAsync("nobody-here@purephysio.example", AdminSession.Password);
        using var wrongPassword = await client.SignInAsync(real, "not the password at all");
        using var lockedRight = await client.SignInAsync(locked, AdminSession.Password);
        using var disabledRight = await client.SignInAsync(disabled, AdminSession.Password);

        var expected = await AnswerAsync(unknown);
        Assert.StartsWith("400 ", expected, StringComparison.Ordinal);
        Assert.Equal(expected, await AnswerAsync(wrongPassword));
        Assert.Equal(expected, await AnswerAsync(lockedRight));
        Assert.Equal(expected, await AnswerAsync(disabledRight));
        var message = (await Html.ParseAsync(await ClientFrom("203.0.113.11").SignInAsync(real, "wrong again, other client"))).One(".error-summary li").Text();
        Assert.StartsWith("Those details did not sign you in.", message, StringComparison.Ordinal);
        Assert.DoesNotContain("locked", message, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("disabled", message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task EverySignInPostComputesOnePasswordHashWhetherOrNotTheAddressIsAnAccount()
    {
        var client = ClientFrom("203.0.113.20");
        var real = await factory.CreateStaffAsync(AdminRoles.Editor);
        var disabled = await DisabledStaffAsync();
        var locked = await factory.CreateStaffAsync(AdminRoles.Editor);
        await LockAsync(client, locked);

        foreach (var (email, password) in new[]
                 {
                     ("unknown-person@purephysio.example", "some password or other"), (real, "a wrong password here"), (real, AdminSession.Password),
                     (disabled, AdminSession.Password), (locked, AdminSession.Password), ("unknown-person@purephysio.example", AdminSession.Password),
                 })
        {
            // Reading the form computes none; the post exactly one, on every path.
            var form = (AngleSharp.Html.Dom.IHtmlFormElement)(await client.GetDocumentAsync("/admin/sign-in")).One("#sign-in-form");
            var before = factory.Hashes.Verifications;
            using var response = await client.PostFormAsync(form, "/admin/sign-in", new Dictionary<string, string> { ["Email"] = email, ["Password"] = password });
            Assert.Equal(1, factory.Hashes.Verifications - before);
        }
    }

    [Fact]
    public async Task AnOutsidersWrongPasswordsDoNotLockTheOwnerOut()
    {
        var email = await factory.CreateStaffAsync(AdminRoles.Admin);
        var outsider = ClientFrom("203.0.113.66");
        await LockAsync(outsider, email);

        // The outsider's client is locked out of the address, even with the right password ...
        using (var guessed = await outsider.SignInAsync(email, AdminSession.Password))
        {
            Assert.Equal(HttpStatusCode.BadRequest, guessed.StatusCode);
        }

        // ... while the owner, from their own client, signs in.
        var owner = ClientFrom("192.0.2.44");
        using var ownerSignIn = await owner.SignInAsync(email, AdminSession.Password);
        Assert.Equal(HttpStatusCode.Redirect, ownerSignIn.StatusCode);
        Assert.Equal("/admin", ownerSignIn.Headers.Location?.OriginalString);

        var audit = await AuditFor(email);
        Assert.Equal(5, audit.Count(e => e.Action == "sign-in.failed"));
        var lockedOut = Assert.Single(audit, e => e.Action == "sign-in.locked-out");
        Assert.Contains("203.0.113.66", lockedOut.Details, StringComparison.Ordinal);
        Assert.Single(audit, e => e.Action == "sign-in.throttled");
        Assert.Single(audit, e => e.Action == "sign-in");
        Assert.Null((await factory.FindUserAsync(email)).LockoutEnd);
    }

    [Fact]
    public async Task ASuccessFromTheSameClientStartsItsCountAgain()
    {
        var email = await factory.CreateStaffAsync(AdminRoles.Editor);
        var client = ClientFrom("203.0.113.77");
        for (var round = 0; round < 2; round++)
        {
            for (var i = 0; i < 4; i++)
            {
                using var wrong = await client.SignInAsync(email, $"wrong password {round}-{i}");
            }

            using var right = await client.SignInAsync(email, AdminSession.Password);
            Assert.Equal(HttpStatusCode.Redirect, right.StatusCode);
        }
    }

    [Fact]
    public async Task FailuresFromOneClientCountTogetherAcrossAppInstancesOnOneDatabase()
    {
        var email = await factory.CreateStaffAsync(AdminRoles.Editor);
        using var second = new CountedHasherAppFactory { DataPath = factory.DataPath, DeleteDataOnDispose = false };
        var viaFirst = ClientFrom("203.0.113.88");
        var viaSecond = second.CreateAdminClient().From("203.0.113.88");

        for (var i = 0; i < 5; i++)
        {
            using var wrong = await (i % 2 == 0 ? viaFirst : viaSecond).SignInAsync(email, $"wrong password {i}");
        }

        using var first = await viaFirst.SignInAsync(email, AdminSession.Password);
        using var other = await viaSecond.SignInAsync(email, AdminSession.Password);
        Assert.Equal(HttpStatusCode.BadRequest, first.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, other.StatusCode);
        Assert.Single(await AuditFor(email), e => e.Action == "sign-in.locked-out");
    }

    [Fact]
    public async Task AnAdminPasswordResetLiftsTheLocks()
    {
        var email = await factory.CreateStaffAsync(AdminRoles.Editor);
        var client = ClientFrom(NewAddress());
        await LockAsync(client, email);
        var admin = await factory.SignedInClientAsync(AdminRoles.Admin);
        var user = await factory.FindUserAsync(email);
        var account = await admin.GetDocumentAsync($"/admin/users/{user.Id}");
        Assert.Contains("Locked out", account.One("main h1 + p").Text(), StringComparison.Ordinal);

        using (var reset = await admin.SubmitAsync($"/admin/users/{user.Id}", "#password-form", new Dictionary<string, string> { ["NewPassword"] = "a brand new temporary one" }))
        {
            await AdminSession.AssertRedirectAsync(reset);
        }

        using var again = await client.SignInAsync(email, "a brand new temporary one");
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
    }
}

/// <summary>The app with a small sign-in rate limit.</summary>
public sealed class SignInRateLimitAppFactory : ClinicAppFactory
{
    public const int Permits = 3;

    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Admin:SignIn:RateLimitPermits"] = Permits.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Admin:SignIn:RateLimitWindow"] = "00:10:00",
    };
}

public sealed class SignInRateLimitTests(SignInRateLimitAppFactory factory) : IClassFixture<SignInRateLimitAppFactory>
{
    [Fact]
    public async Task TooManySignInPostsFromOneClientGet429WithRetryAfter()
    {
        var client = factory.CreateAdminClient().From("203.0.113.5");
        for (var i = 0; i < SignInRateLimitAppFactory.Permits; i++)
        {
            using var refused = await client.SignInAsync($"someone{i}@purephysio.example", "a wrong password");
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        }

        using var limited = await client.SignInAsync("someone@purephysio.example", "a wrong password");

        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        var retryAfter = limited.Headers.RetryAfter?.Delta;
        Assert.NotNull(retryAfter);
        Assert.InRange(retryAfter.Value, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(10));
        var page = await Html.ParseAsync(limited);
        Assert.Equal("Too many requests", page.One("main h1").Text());
        Assert.Contains("minutes", page.One("main .lead").Text(), StringComparison.Ordinal);

        // Another client is not held back; reading the form is not limited either.
        using var other = await factory.CreateAdminClient().From("203.0.113.6").SignInAsync("someone@purephysio.example", "a wrong password");
        Assert.Equal(HttpStatusCode.BadRequest, other.StatusCode);
        using var form = await client.GetAsync(new Uri("/admin/sign-in", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, form.StatusCode);
    }
}
