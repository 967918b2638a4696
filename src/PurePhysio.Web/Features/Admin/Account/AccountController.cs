using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using PurePhysio.Web.Domain;
using PurePhysio.Web.Features.Admin.Audit;

namespace PurePhysio.Web.Features.Admin.Account;

/// <summary>
/// Signing in and out (password, then an authenticator or recovery code when set up), forgotten passwords, and a
/// member of staff's own password and authenticator app. Posts open to anonymous visitors are rate limited per client.
/// </summary>
[Route("admin")]
public sealed class AccountController(SignInManager<StaffUser> signIn, AuditLog audit) : AdminControllerBase
{
    [AllowAnonymous]
    [HttpGet("sign-in")]
    public IActionResult SignIn(string? returnUrl) => View(new SignInViewModel { ReturnUrl = returnUrl });

    [AllowAnonymous]
    [HttpPost("sign-in")]
    [EnableRateLimiting(AdminServiceCollectionExtensions.SignInRateLimitPolicy)]
    public async Task<IActionResult> SignIn(SignInViewModel model, [FromServices] StaffSignIn staffSignIn)
    {
        if (!ModelState.IsValid)
        {
            return FormAgain(nameof(SignIn), model, StatusCodes.Status400BadRequest);
        }

        switch (await staffSignIn.SignInAsync(model, HttpContext))
        {
            case SignInOutcome.SignedIn:
                return LocalRedirect(AdminReturnUrl(model.ReturnUrl));
            case SignInOutcome.SecondStep:
                return RedirectToAction(nameof(TwoFactorSignIn), new { returnUrl = model.ReturnUrl });
            default:
                ModelState.AddModelError(string.Empty, staffSignIn.Refusal);
                model.Password = "";
                return FormAgain(nameof(SignIn), model, StatusCodes.Status400BadRequest);
        }
    }

    [AllowAnonymous]
    [HttpGet("sign-in/two-factor")]
    public async Task<IActionResult> TwoFactorSignIn(string? returnUrl, [FromServices] StaffTwoFactorSignIn secondStep) =>
        await secondStep.IsInProgressAsync()
            ? View(new TwoFactorSignInViewModel { ReturnUrl = returnUrl })
            : RedirectToAction(nameof(SignIn), new { returnUrl });

    [AllowAnonymous]
    [HttpPost("sign-in/two-factor")]
    [EnableRateLimiting(AdminServiceCollectionExtensions.SignInRateLimitPolicy)]
    public Task<IActionResult> TwoFactorSignIn(TwoFactorSignInViewModel model, [FromServices] StaffTwoFactorSignIn secondStep) =>
        SecondStepAsync(model, model.Code, isRecoveryCode: false, secondStep);

    [AllowAnonymous]
    [HttpPost("sign-in/recovery-code")]
    [EnableRateLimiting(AdminServiceCollectionExtensions.SignInRateLimitPolicy)]
    public Task<IActionResult> RecoveryCodeSignIn(TwoFactorSignInViewModel model, [FromServices] StaffTwoFactorSignIn secondStep) =>
        SecondStepAsync(model, model.RecoveryCode, isRecoveryCode: true, secondStep);

    [AllowAnonymous]
    [HttpGet("forgot-password")]
    public IActionResult ForgotPassword() => View(new ForgotPasswordViewModel());

    [AllowAnonymous]
    [HttpPost("forgot-password")]
    [EnableRateLimiting(AdminServiceCollectionExtensions.SignInRateLimitPolicy)]
    public async Task<IActionResult> ForgotPassword(ForgotPasswordViewModel model, [FromServices] ForgotPassword forgot)
    {
        if (!ModelState.IsValid)
        {
            return FormAgain(nameof(ForgotPassword), model, StatusCodes.Status400BadRequest);
        }

        await forgot.RequestAsync(model, Request, (user, token) => Url.Action(nameof(ResetPassword), new { user, token })!);
        // The same answer for every address, account or not.
        return RedirectToAction(nameof(ForgotPasswordSent));
    }

    [AllowAnonymous]
    [HttpGet("forgot-password/sent")]
    public IActionResult ForgotPasswordSent() => View();

    [AllowAnonymous]
    [HttpGet("reset-password")]
    public async Task<IActionResult> ResetPassword(string? user, string? token, [FromServices] ResetPassword reset)
    {
        // The address holds the token: never sent on to another site.
        Response.Headers["Referrer-Policy"] = "no-referrer";
        return await reset.IsLinkValidAsync(user, token)
            ? View(new ResetPasswordViewModel { User = user!, Token = token! })
            : ResetLinkNotValid();
    }

    [AllowAnonymous]
    [HttpPost("reset-password")]
    [EnableRateLimiting(AdminServiceCollectionExtensions.SignInRateLimitPolicy)]
    public async Task<IActionResult> ResetPassword(ResetPasswordViewModel model, [FromServices] ResetPassword reset)
    {
        Response.Headers["Referrer-Policy"] = "no-referrer";
        switch (await reset.ResetAsync(model, ModelState))
        {
            case ResetOutcome.Reset:
                return FlashAndRedirect("Your new password is set. Sign in with it now.", nameof(SignIn));
            case ResetOutcome.LinkNotValid:
                return ResetLinkNotValid();
            default:
                model.NewPassword = model.ConfirmPassword = "";
                return FormAgain(nameof(ResetPassword), model, StatusCodes.Status400BadRequest);
        }
    }

    [HttpGet("account/password")]
    [OpenBeforeAccountSetUp]
    public async Task<IActionResult> ChangePassword([FromServices] ChangePassword change) =>
        await change.FormAsync(User) is { } model ? View(model) : NotFound();

    [HttpPost("account/password")]
    [OpenBeforeAccountSetUp]
    [EnableRateLimiting(AdminServiceCollectionExtensions.SignInRateLimitPolicy)]
    public async Task<IActionResult> ChangePassword(ChangePasswordViewModel model, [FromServices] ChangePassword change)
    {
        var wasRequired = await change.FormAsync(User) is { IsRequired: true };
        var outcome = await change.ChangeAsync(User, model, ModelState);
        if (outcome == FormOutcome.Saved)
        {
            Flash("Your password was changed.");
            return wasRequired ? RedirectToAction("Index", "Dashboard") : RedirectToAction(nameof(ChangePassword));
        }

        return outcome == FormOutcome.NotFound ? NotFound() : FormAgain(nameof(ChangePassword), model, StatusCodes.Status400BadRequest);
    }

    [HttpGet("account/two-factor")]
    [OpenBeforeAccountSetUp]
    public async Task<IActionResult> TwoFactor([FromServices] Authenticator authenticator) =>
        await authenticator.LoadAsync(User) is { } model ? View(model) : NotFound();

    [HttpPost("account/two-factor")]
    [OpenBeforeAccountSetUp]
    public async Task<IActionResult> EnableTwoFactor([Bind(nameof(TwoFactorViewModel.Code))] TwoFactorViewModel model, [FromServices] Authenticator authenticator)
    {
        var (outcome, form, codes) = await authenticator.EnableAsync(User, model.Code, ModelState);
        return outcome switch
        {
            // Shown once, in this answer (never cached: admin pages are no-store); they cannot be seen again.
            FormOutcome.Saved => View("RecoveryCodes", codes),
            FormOutcome.Invalid => FormAgain(nameof(TwoFactor), form!, StatusCodes.Status400BadRequest),
            _ => NotFound(),
        };
    }

    [HttpPost("account/two-factor/recovery-codes")]
    [OpenBeforeAccountSetUp]
    public async Task<IActionResult> NewRecoveryCodes([FromServices] Authenticator authenticator) =>
        await authenticator.NewRecoveryCodesAsync(User) is { } codes ? View("RecoveryCodes", codes) : RedirectToAction(nameof(TwoFactor));

    [HttpPost("account/two-factor/disable")]
    [OpenBeforeAccountSetUp]
    public async Task<IActionResult> DisableTwoFactor([FromServices] Authenticator authenticator) =>
        await authenticator.DisableAsync(User)
            ? FlashAndRedirect("Two-factor sign-in is off, and your old authenticator app's codes no longer work.", nameof(TwoFactor))
            : NotFound();

    [HttpPost("sign-out")]
    [OpenBeforeAccountSetUp]
    public async Task<IActionResult> SignOutOfAdmin()
    {
        await audit.RecordNowAsync(AuditActions.SignOut, User.Identity?.Name ?? "");
        await signIn.SignOutAsync();
        return Redirect(AdminServiceCollectionExtensions.SignInPath);
    }

    private async Task<IActionResult> SecondStepAsync(TwoFactorSignInViewModel model, string? code, bool isRecoveryCode, StaffTwoFactorSignIn secondStep)
    {
        switch (await secondStep.SignInAsync(code, isRecoveryCode, HttpContext))
        {
            case SecondStepOutcome.SignedIn:
                return LocalRedirect(AdminReturnUrl(model.ReturnUrl));
            case SecondStepOutcome.NoFirstStep:
                return FlashAndRedirect("Signing in took too long. Enter your email address and password again.", nameof(SignIn), new { returnUrl = model.ReturnUrl });
            default:
                ModelState.AddModelError(isRecoveryCode ? nameof(model.RecoveryCode) : nameof(model.Code), secondStep.Refusal);
                model.Code = model.RecoveryCode = null;
                return FormAgain(nameof(TwoFactorSignIn), model, StatusCodes.Status400BadRequest);
        }
    }

    private ViewResult ResetLinkNotValid() => FormAgain("ResetLinkNotValid", new ForgotPasswordViewModel(), StatusCodes.Status400BadRequest);

    /// <summary>Only back into the admin area (its cookie path); anywhere else, the dashboard.</summary>
    private string AdminReturnUrl(string? returnUrl)
    {
        var dashboard = Url.Action("Index", "Dashboard")!;
        return Url.IsLocalUrl(returnUrl) && returnUrl.StartsWith(dashboard.TrimEnd('/'), StringComparison.OrdinalIgnoreCase) ? returnUrl : dashboard;
    }
}
