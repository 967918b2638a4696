using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using PurePhysio.Web.Features.Admin.Users;
using static Microsoft.Playwright.Assertions;

namespace PurePhysio.BrowserTests.Infrastructure;

/// <summary>Staff accounts made through the app's own StaffAccounts, and signing in through the real form.</summary>
public static class Staff
{
    public const string Password = "correct horse battery staple";

    public static async Task<string> CreateAsync(BrowserApp app, string role)
    {
        var email = $"{role.ToLowerInvariant()}-{Guid.NewGuid():N}@purephysio.example";
        await using var scope = app.Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<StaffAccounts>().CreateAsync(email, role + " in the browser", role, Password);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Description)));
        return email;
    }

    /// <summary>Fills in and sends the sign-in form on the current page, and waits for the dashboard.</summary>
    public static async Task SignInAsync(BrowserSession session, string email)
    {
        var form = session.Page.Locator("#sign-in-form");
        await form.GetByLabel("Email address").FillAsync(email);
        await form.GetByLabel("Password").FillAsync(Password);
        await form.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Expect(session.Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Dashboard");
    }
}
