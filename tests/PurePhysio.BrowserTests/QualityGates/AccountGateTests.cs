using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using PurePhysio.BrowserTests.Infrastructure;
using PurePhysio.Web.Domain;
using PurePhysio.Web.Features.Admin;
using PurePhysio.Web.Tests.Admin;
using static Microsoft.Playwright.Assertions;

namespace PurePhysio.BrowserTests.QualityGates;

/// <summary>
/// The account pages pass axe-core at both widths and the Nu Html Checker: those anyone can reach (sign-in refused,
/// forgot password, its answer, a reset link and a spent one, the second sign-in step) and a member of staff's own
/// (change password, authenticator set-up with its QR code, the recovery codes, two-factor on).
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class AccountGateTests(SiteFixture site)
{
    private async Task<string> ResetPathAsync(string email)
    {
        await using var scope = site.App.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        var user = (await users.FindByEmailAsync(email))!;
        var token = WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(await users.GeneratePasswordResetTokenAsync(user)));
        return $"/admin/reset-password?user={user.Id}&token={token}";
    }

    private static async Task<IResponse> PostAndWaitAsync(IPage page, ILocator button) =>
        await page.RunAndWaitForResponseAsync(() => button.ClickAsync(), r => r.Request.IsNavigationRequest && r.Request.Method == "POST");

    [Fact]
    public async Task AccountPagesPassBothGates()
    {
        var served = new List<ServedPage>();
        foreach (var viewport in Viewport.Both)
        {
            var email = await Staff.CreateAsync(site.App, AdminRoles.Editor);
            await using var session = await site.OpenAsync(viewport);
            var page = session.Page;
            async Task CheckAsync(string name, IResponse response)
            {
                served.Add(new ServedPage($"{name} ({viewport.Name})", response.Url, await response.TextAsync()));
                await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
                await Accessibility.AssertNoViolationsAsync(page, viewport.ToString());
            }

            // Anyone: a refused sign-in, forgot password and its answer, a reset link, a spent or unknown one.
            await session.GoToAsync("/admin/sign-in");
            await page.GetByLabel("Email address").FillAsync("nobody@purephysio.example");
            await page.GetByLabel("Password").FillAsync("not a password of anyone");
            await CheckAsync("sign-in refused", await PostAndWaitAsync(page, page.Locator("#sign-in-form").GetByRole(AriaRole.Button, new() { Name = "Sign in" })));
            await CheckAsync("forgot password", await session.GoToAsync("/admin/forgot-password"));
            await page.GetByLabel("Email address").FillAsync("nobody@purephysio.example");
            await page.GetByRole(AriaRole.Button, new() { Name = "Send the link" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Check your email");
            await CheckAsync("forgot password sent", await session.GoToAsync("/admin/forgot-password/sent"));
            await CheckAsync("reset password", await session.GoToAsync(await ResetPathAsync(email)));
            await CheckAsync("reset link not valid", await session.GoToAsync("/admin/reset-password?user=x&token=y", expectedStatus: 400));

            // The member of staff's own pages, then the second sign-in step.
            await session.GoToAsync("/admin/sign-in");
            await Staff.SignInAsync(session, email);
            await CheckAsync("change password", await session.GoToAsync("/admin/account/password"));
            await CheckAsync("two-factor set-up", await session.GoToAsync("/admin/account/two-factor"));
            var key = (await page.Locator("#shared-key").TextContentAsync())!.Trim();
            await page.GetByLabel("Code from your authenticator app").FillAsync(Totp.Code(key, DateTimeOffset.UtcNow));
            await CheckAsync("recovery codes", await PostAndWaitAsync(page, page.GetByRole(AriaRole.Button, new() { Name = "Turn on two-factor sign-in" })));
            await CheckAsync("two-factor on", await session.GoToAsync("/admin/account/two-factor"));
            await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Sign in");
            var form = page.Locator("#sign-in-form");
            await form.GetByLabel("Email address").FillAsync(email);
            await form.GetByLabel("Password").FillAsync(Staff.Password);
            await form.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Enter your code");
            await CheckAsync("second sign-in step", await session.GoToAsync("/admin/sign-in/two-factor"));
            await page.Locator("#two-factor-form").GetByLabel("Code from your authenticator app").FillAsync("000000");
            await CheckAsync("second step with a wrong code",
                await PostAndWaitAsync(page, page.Locator("#two-factor-form").GetByRole(AriaRole.Button, new() { Name = "Sign in" })));
        }

        await NuHtmlChecker.AssertValidAsync(served);
    }
}
