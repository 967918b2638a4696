using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using PurePhysio.Web.Domain;
using PurePhysio.Web.Features.Admin.Audit;

namespace PurePhysio.Web.Features.Admin.Account;

public sealed class ChangePasswordViewModel
{
    [Required(ErrorMessage = "Enter your current password.")]
    [DataType(DataType.Password)]
    [Display(Name = "Current password")]
    public string CurrentPassword { get; set; } = "";

    [Required(ErrorMessage = "Enter a new password of at least 12 characters.")]
    [DataType(DataType.Password)]
    [Display(Name = "New password (at least 12 characters)")]
    public string NewPassword { get; set; } = "";

    [Required(ErrorMessage = "Enter the new password again.")]
    [DataType(DataType.Password)]
    [Compare(nameof(NewPassword), ErrorMessage = "The two new passwords are not the same.")]
    [Display(Name = "New password again")]
    public string ConfirmPassword { get; set; } = "";

    /// <summary>An Admin gave the account a temporary password: the page explains why it is shown.</summary>
    public bool IsRequired { get; set; }
}

/// <summary>A member of staff changes their own password (the current one is required); the session is renewed with the new security stamp.</summary>
public sealed class ChangePassword(UserManager<StaffUser> users, StaffSignInManager signIn, SignInLockout lockout, AuditLog audit)
{
    public async Task<ChangePasswordViewModel?> FormAsync(System.Security.Claims.ClaimsPrincipal principal) =>
        await users.GetUserAsync(principal) is { } user ? new ChangePasswordViewModel { IsRequired = user.MustChangePassword } : null;

    public async Task<FormOutcome> ChangeAsync(System.Security.Claims.ClaimsPrincipal principal, ChangePasswordViewModel model, ModelStateDictionary errors)
    {
        var user = await users.GetUserAsync(principal);
        if (user?.Email is null)
        {
            return FormOutcome.NotFound;
        }

        model.IsRequired = user.MustChangePassword;
        if (errors.IsValid && model.NewPassword == model.CurrentPassword)
        {
            errors.AddModelError(nameof(model.NewPassword), "Choose a new password that is different from the current one.");
        }

        if (errors.IsValid)
        {
            var result = await users.ChangePasswordAsync(user, model.CurrentPassword, model.NewPassword);
            foreach (var error in result.Errors)
            {
                errors.AddModelError(error.Code == nameof(IdentityErrorDescriber.PasswordMismatch) ? nameof(model.CurrentPassword) : nameof(model.NewPassword),
                    error.Code == nameof(IdentityErrorDescriber.PasswordMismatch) ? "Your current password is not right." : error.Description);
            }
        }

        if (!errors.IsValid)
        {
            model.CurrentPassword = model.NewPassword = model.ConfirmPassword = "";
            return FormOutcome.Invalid;
        }

        user.MustChangePassword = false;
        await users.UpdateAsync(user);
        await lockout.ClearAccountAsync(SignInLockout.AccountKey(user.Email));
        // The new security stamp would end this session at its next check: sign in again with it (and the new claims).
        await signIn.RefreshSignInAsync(user);
        await audit.RecordNowAsync(AuditActions.PasswordChanged, user.Email, "Changed their own password", email: user.Email, userId: user.Id);
        return FormOutcome.Saved;
    }
}
