using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using PurePhysio.Web.Domain;
using PurePhysio.Web.Features.Admin.Users;
using PurePhysio.Web.Tests.Infrastructure;

namespace PurePhysio.Web.Tests.Admin;

/// <summary>
/// Staff accounts for tests, created through the app's own <see cref="StaffAccounts"/> (UserManager),
/// and clients signed in through the real sign-in form with its antiforgery token.
/// Clients talk https://localhost so the production cookie policy (Secure) applies.
/// </summary>
public static class AdminSession
{
    public const string Password = "correct horse battery staple";

    public static HttpClient CreateAdminClient(this ClinicAppFactory factory) =>
        factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false });

    public static async Task<string> CreateStaffAsync(this ClinicAppFactory factory, string role, string? email = null, string password = Password)
    {
        email ??= $"{role.ToLowerInvariant()}-{Guid.NewGuid():N}@purephysio.example";
        await using var scope = factory.Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<StaffAccounts>().CreateAsync(email, role + " tester", role, password);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Description)));
        return email;
    }

    public static Task<HttpResponseMessage> SignInAsync(this HttpClient client, string email, string password = Password) =>
        client.SubmitAsync("/admin/sign-in", "#sign-in-form", new Dictionary<string, string> { ["Email"] = email, ["Password"] = password });

    /// <summary>A new staff member with <paramref name="role"/>, signed in.</summary>
    public static async Task<HttpClient> SignedInClientAsync(this ClinicAppFactory factory, string role)
    {
        var email = await factory.CreateStaffAsync(role);
        var client = factory.CreateAdminClient();
        using var response = await client.SignInAsync(email);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    /// <summary>Asserts a redirect (a successful post); otherwise fails with the page's error summary.</summary>
    public static async Task AssertRedirectAsync(HttpResponseMessage response)
    {
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            var doc = await Html.ParseAsync(response);
            Assert.Fail($"Expected a redirect, got {(int)response.StatusCode}: {doc.QuerySelector(".error-summary ul")?.Text() ?? doc.Title}");
        }
    }

    /// <summary>
    /// The clinic's setting that lets condition articles be published without a clinician's approval (default: they
    /// need one). For tests about editing, drafts and revisions, not about approval (that is ClinicalApprovalTests).
    /// </summary>
    public static Task PublishConditionsWithoutApprovalAsync(this ClinicAppFactory factory) =>
        factory.WithDbAsync(async db =>
        {
            var settings = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(db.ClinicSettings);
            if (!settings.PublishConditionsWithoutApproval)
            {
                settings.PublishConditionsWithoutApproval = true;
                await db.SaveChangesAsync();
            }
        });

    public static async Task<StaffUser> FindUserAsync(this ClinicAppFactory factory, string email)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var user = await scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>().FindByEmailAsync(email);
        return user ?? throw new InvalidOperationException($"No user {email}");
    }
}
