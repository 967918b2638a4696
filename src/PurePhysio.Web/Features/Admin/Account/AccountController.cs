using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using PurePhysio.Web.Domain;
using PurePhysio.Web.Features.Admin.Audit;

namespace PurePhysio.Web.Features.Admin.Account;

public sealed class SignInViewModel
{
    [Required(ErrorMessage = "Enter your email address.")]
    [EmailAddress(ErrorMessage = "Enter an email address like name@example.org.")]
    [Display(Name = "Email address")]
    public string Email { get; set; } = "";

    [Required(ErrorMessage = "Enter your password.")]
    [DataType(DataType.Password)]
    public string Password { get; set; } = "";

    public string? ReturnUrl { get; set; }
}

[Route("admin")]
public sealed class AccountController(SignInManager<StaffUser> signIn, UserManager<StaffUser> users, AuditLog audit) : AdminControllerBase
{
    [AllowAnonymous]
    [HttpGet("sign-in")]
    public IActionResult SignIn(string? returnUrl) => View(new SignInViewModel { ReturnUrl = returnUrl });

    [AllowAnonymous]
    [HttpPost("sign-in")]
    public async Task<IActionResult> SignIn(SignInViewModel model)
    {
        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(model);
        }

        var user = await users.FindByEmailAsync(model.Email.Trim());
        var result = user is null
            ? Microsoft.AspNetCore.Identity.SignInResult.Failed
            : await signIn.PasswordSignInAsync(user, model.Password, isPersistent: false, lockoutOnFailure: true);

        if (result.Succeeded)
        {
            await audit.RecordNowAsync(AuditActions.SignIn, user!.Email!, email: user.Email, userId: user.Id);
            // Only back into the admin area (its cookie path); anywhere else, the dashboard.
            var dashboard = Url.Action("Index", "Dashboard")!;
            return LocalRedirect(Url.IsLocalUrl(model.ReturnUrl) && model.ReturnUrl.StartsWith(dashboard.TrimEnd('/'), StringComparison.OrdinalIgnoreCase)
                ? model.ReturnUrl
                : dashboard);
        }

        var (action, message) = result switch
        {
            { IsLockedOut: true } => (AuditActions.LockedOut,
                "This account is locked after too many failed attempts. Try again in 15 minutes, or ask an Admin to reset your password."),
            { IsNotAllowed: true } => (AuditActions.SignInRefused, "This account is disabled. Ask an Admin to enable it."),
            _ => (AuditActions.SignInFailed, "The email address or password is not right."),
        };
        await audit.RecordNowAsync(action, model.Email.Trim(), email: model.Email.Trim(), userId: user?.Id);
        ModelState.AddModelError(string.Empty, message);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View(model);
    }

    [HttpPost("sign-out")]
    public async Task<IActionResult> SignOutOfAdmin()
    {
        await audit.RecordNowAsync(AuditActions.SignOut, User.Identity?.Name ?? "");
        await signIn.SignOutAsync();
        return Redirect(AdminServiceCollectionExtensions.SignInPath);
    }
}
