using System.Net;
using Microsoft.EntityFrameworkCore;
using PurePhysio.Web.Features.Admin;
using PurePhysio.Web.Tests.Infrastructure;

namespace PurePhysio.Web.Tests.Admin;

public sealed class StaffAccountTests(ClinicAppFactory factory) : IClassFixture<ClinicAppFactory>
{
    [Fact]
    public async Task AdminCreatesAnEditorWhoCanSignIn()
    {
        var admin = await factory.SignedInClientAsync(AdminRoles.Admin);

        using (var created = await admin.SubmitAsync("/admin/users/create", "#user-form", new Dictionary<string, string>
               {
                   ["Email"] = "new.editor@purephysio.example", ["DisplayName"] = "New Editor", ["Role"] = AdminRoles.Editor, ["Password"] = "temporary password 1",
               }))
        {
            await AdminSession.AssertRedirectAsync(created);
        }

        using var signIn = await factory.CreateAdminClient().SignInAsync("new.editor@purephysio.example", "temporary password 1");
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.True(await factory.WithDbAsync(db => db.AuditEvents.AnyAsync(e => e.Action == "user.created" && e.Target == "new.editor@purephysio.example")));
    }

    [Fact]
    public async Task PasswordsShorterThanTwelveCharactersAreRefused()
    {
        var admin = await factory.SignedInClientAsync(AdminRoles.Admin);

        using var response = await admin.SubmitAsync("/admin/users/create", "#user-form", new Dictionary<string, string>
        {
            ["Email"] = "short.password@purephysio.example", ["Role"] = AdminRoles.Editor, ["Password"] = "elevenchars",
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("at least 12 characters", (await Html.ParseAsync(response)).One("#Password-error").Text(), StringComparison.Ordinal);
        Assert.False(await factory.WithDbAsync(db => db.Users.AnyAsync(u => u.Email == "short.password@purephysio.example")));
    }

    [Fact]
    public async Task DisablingAnAccountEndsItsSessionAndStopsSignIn()
    {
        var admin = await factory.SignedInClientAsync(AdminRoles.Admin);
        var email = await factory.CreateStaffAsync(AdminRoles.Editor);
        var editor = factory.CreateAdminClient();
        using (var _ = await editor.SignInAsync(email))
        {
        }

        var user = await factory.FindUserAsync(email);
        using (var disabled = await admin.SubmitAsync($"/admin/users/{user.Id}", "#access-form", new Dictionary<string, string>()))
        {
            Assert.Equal(HttpStatusCode.Redirect, disabled.StatusCode);
        }

        using var signIn = await factory.CreateAdminClient().SignInAsync(email);
        Assert.Equal(HttpStatusCode.BadRequest, signIn.StatusCode);
        Assert.NotNull((await factory.FindUserAsync(email)).DisabledAt);
        Assert.NotEqual(user.SecurityStamp, (await factory.FindUserAsync(email)).SecurityStamp);

        using var enabled = await admin.SubmitAsync($"/admin/users/{user.Id}", "#access-form", new Dictionary<string, string>());
        using var again = await factory.CreateAdminClient().SignInAsync(email);
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
    }

    [Fact]
    public async Task AdminCanPromoteAnEditorAndResetAPassword()
    {
        var admin = await factory.SignedInClientAsync(AdminRoles.Admin);
        var email = await factory.CreateStaffAsync(AdminRoles.Editor);
        var user = await factory.FindUserAsync(email);

        using (var promoted = await admin.SubmitAsync($"/admin/users/{user.Id}", "#role-form", new Dictionary<string, string> { ["Role"] = AdminRoles.Admin }))
        {
            Assert.Equal(HttpStatusCode.Redirect, promoted.StatusCode);
        }

        using (var reset = await admin.SubmitAsync($"/admin/users/{user.Id}", "#password-form", new Dictionary<string, string> { ["NewPassword"] = "a brand new passphrase" }))
        {
            Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);
        }

        var client = factory.CreateAdminClient();
        using var signIn = await client.SignInAsync(email, "a brand new passphrase");
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        // A password an Admin set is temporary: its owner chooses their own before anything else.
        using (var held = await client.GetAsync(new Uri("/admin/users", UriKind.Relative)))
        {
            Assert.Equal("/admin/account/password", held.Headers.Location?.OriginalString);
        }

        using (var changed = await client.SubmitAsync("/admin/account/password", "#change-password-form", new Dictionary<string, string>
               {
                   ["CurrentPassword"] = "a brand new passphrase", ["NewPassword"] = "now one of my own", ["ConfirmPassword"] = "now one of my own",
               }))
        {
            await AdminSession.AssertRedirectAsync(changed);
        }

        var users = await client.GetDocumentAsync("/admin/users");
        Assert.Equal("Admin", users.QuerySelectorAll("tbody tr").Single(tr => tr.One("th").Text() == email).QuerySelectorAll("td")[1].Text());
    }

    [Fact]
    public async Task AdminsCannotDisableOrDemoteThemselves()
    {
        var email = await factory.CreateStaffAsync(AdminRoles.Admin);
        var admin = factory.CreateAdminClient();
        using (var _ = await admin.SignInAsync(email))
        {
        }

        var user = await factory.FindUserAsync(email);
        var page = await admin.GetDocumentAsync($"/admin/users/{user.Id}");
        Assert.Null(page.QuerySelector("#access-form"));

        using var demoted = await admin.SubmitAsync($"/admin/users/{user.Id}", "#role-form", new Dictionary<string, string> { ["Role"] = AdminRoles.Editor });
        Assert.Equal(HttpStatusCode.BadRequest, demoted.StatusCode);
        using var disabled = await admin.PostAsync(new Uri($"/admin/users/{user.Id}/disable", UriKind.Relative),
            new FormUrlEncodedContent(FormSubmission.FieldsOf((AngleSharp.Html.Dom.IHtmlFormElement)page.One("#role-form"))));
        Assert.Equal(HttpStatusCode.BadRequest, disabled.StatusCode);
        Assert.Null((await factory.FindUserAsync(email)).DisabledAt);
    }

    [Fact]
    public async Task AuditLogPagesThroughOlderEvents()
    {
        await factory.WithDbAsync(async db =>
        {
            for (var i = 0; i < 120; i++)
            {
                db.AuditEvents.Add(new Domain.AuditEvent { OccurredAt = DateTimeOffset.UtcNow, Action = "test.filler", Target = $"Filler {i}" });
            }

            await db.SaveChangesAsync();
        });
        var admin = await factory.SignedInClientAsync(AdminRoles.Admin);

        var first = await admin.GetDocumentAsync("/admin/audit");
        Assert.Equal(50, first.QuerySelectorAll("tbody tr").Length);
        Assert.Null(first.QuerySelector("a[rel='prev']"));
        var second = await admin.GetDocumentAsync(first.One("a[rel='next']").GetAttribute("href")!);
        Assert.Equal(50, second.QuerySelectorAll("tbody tr").Length);
        Assert.Equal("/admin/audit?page=1", second.One("a[rel='prev']").GetAttribute("href"));
    }

    [Fact]
    public async Task AuditLogListsSignInsForAdmins()
    {
        var admin = await factory.SignedInClientAsync(AdminRoles.Admin);

        var page = await admin.GetDocumentAsync("/admin/audit");

        Assert.Contains(page.QuerySelectorAll("tbody tr td:nth-child(3)"), td => td.Text() == "sign-in");
    }
}
