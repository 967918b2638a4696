using System.ComponentModel.DataAnnotations;
using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.WebUtilities;
using PurePhysio.Web.Domain;
using PurePhysio.Web.Features.Admin.Audit;

namespace PurePhysio.Web.Features.Admin.Account;

public sealed class ResetPasswordViewModel
{
    public string User { get; set; } = "";
    public string Token { get; set; } = "";

    [Required(ErrorMessage = "Enter a new password of at least 12 characters.")]
    [DataType(DataType.Password)]
    [Display(Name = "New password (at least 12 characters)")]
    public string NewPassword { get; set; } = "";

    [Required(ErrorMessage = "Enter the new password again.")]
    [DataType(DataType.Password)]
    [Compare(nameof(NewPassword), ErrorMessage = "The two passwords are not the same.")]
    [Display(Name = "New password again")]
    public string ConfirmPassword { get; set; } = "";
}

public enum ResetOutcome
{
    Reset,
    Invalid,

    /// <summary>The link is unknown, expired, already used, or its account is disabled.</summary>
    LinkNotValid,
}

/// <summary>Choosing a new password from a reset link. Success spends the link (new security stamp) and lifts every sign-in lock.</summary>
public sealed class ResetPassword(UserManager<StaffUser> users, SignInLockout lockout, AuditLog audit)
{
    public async Task<bool> IsLinkValidAsync(string? userId, string? token) => await UserForLinkAsync(userId, token) is not null;

    public async Task<ResetOutcome> ResetAsync(ResetPasswordViewModel model, ModelStateDictionary errors)
    {
        var (user, token) = await FindAsync(model.User, model.Token);
        if (user is null || !await users.VerifyUserTokenAsync(user, users.Options.Tokens.PasswordResetTokenProvider, UserManager<StaffUser>.ResetPasswordTokenPurpose, token))
        {
            return ResetOutcome.LinkNotValid;
        }

        if (!errors.IsValid)
        {
            return ResetOutcome.Invalid;
        }

        var result = await users.ResetPasswordAsync(user, token, model.NewPassword);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                errors.AddModelError(nameof(model.NewPassword), error.Description);
            }

            return ResetOutcome.Invalid;
        }

        if (user.MustChangePassword)
        {
            user.MustChangePassword = false;
            await users.UpdateAsync(user);
        }

        await lockout.ClearAccountAsync(SignInLockout.AccountKey(user.Email!));
        await audit.RecordNowAsync(AuditActions.PasswordResetByLink, user.Email!, "New password chosen from a reset link; sign-in locks lifted",
            email: user.Email, userId: user.Id);
        return ResetOutcome.Reset;
    }

    private async Task<StaffUser?> UserForLinkAsync(string? userId, string? token)
    {
        var (user, decoded) = await FindAsync(userId, token);
        return user is not null && await users.VerifyUserTokenAsync(user, users.Options.Tokens.PasswordResetTokenProvider,
            UserManager<StaffUser>.ResetPasswordTokenPurpose, decoded) ? user : null;
    }

    private async Task<(StaffUser? User, string Token)> FindAsync(string? userId, string? token)
    {
        if (string.IsNullOrEmpty(userId) || string.IsNullOrEmpty(token) || userId.Length > 450 || token.Length > 2000)
        {
            return (null, "");
        }

        string decoded;
        try
        {
            decoded = Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(token));
        }
        catch (FormatException)
        {
            return (null, "");
        }

        var user = await users.FindByIdAsync(userId);
        return user is { DisabledAt: null, Email: not null } ? (user, decoded) : (null, "");
    }
}
