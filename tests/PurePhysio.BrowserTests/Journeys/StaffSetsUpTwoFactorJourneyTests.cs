using Microsoft.Playwright;
using PurePhysio.BrowserTests.Infrastructure;
using PurePhysio.Web.Features.Admin;
using PurePhysio.Web.Tests.Admin;
using static Microsoft.Playwright.Assertions;

namespace PurePhysio.BrowserTests.Journeys;

/// <summary>
/// A member of staff sets up an authenticator app: reads the key from the page (as an app would from the QR code),
/// enters the code it makes, sees the recovery codes once, signs out, and signs in again with password and code.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class StaffSetsUpTwoFactorJourneyTests(SiteFixture site)
{
    [Theory]
    [InlineData("desktop")]
    [InlineData("phone")]
    public async Task StaffSetsUpAnAuthenticatorAndSignsInWithIt(string viewportName)
    {
        const string journey = "staff-sets-up-two-factor";
        var viewport = Viewport.Named(viewportName);
        var email = await Staff.CreateAsync(site.App, AdminRoles.Editor);
        await using var staff = await site.OpenAsync(viewport);
        var page = staff.Page;

        await staff.GoToAsync("/admin/sign-in");
        await Staff.SignInAsync(staff, email);
        await page.GetByRole(AriaRole.Link, new() { Name = "Your password and two-factor sign-in" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Two-factor sign-in");
        await Expect(page.GetByRole(AriaRole.Img, new() { NameRegex = new System.Text.RegularExpressions.Regex("^QR code") })).ToBeVisibleAsync();
        var key = (await page.Locator("#shared-key").TextContentAsync())!.Trim();
        await staff.ScreenshotAsync(journey, "1-set-up");

        await page.GetByLabel("Code from your authenticator app").FillAsync(Totp.Code(key, DateTimeOffset.UtcNow));
        await page.GetByRole(AriaRole.Button, new() { Name = "Turn on two-factor sign-in" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Your recovery codes");
        await Expect(page.Locator("#recovery-codes li")).ToHaveCountAsync(10);
        await staff.ScreenshotAsync(journey, "2-recovery-codes");

        await page.GetByRole(AriaRole.Link, new() { Name = "I have saved them: go to the dashboard" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Sign in");

        var form = page.Locator("#sign-in-form");
        await form.GetByLabel("Email address").FillAsync(email);
        await form.GetByLabel("Password").FillAsync(Staff.Password);
        await form.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Enter your code");
        await staff.ScreenshotAsync(journey, "3-second-step");
        var second = page.Locator("#two-factor-form");
        await second.GetByLabel("Code from your authenticator app").FillAsync(Totp.Code(key, DateTimeOffset.UtcNow));
        await second.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Dashboard");
        staff.AssertNoBrowserErrors();
    }
}
