using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using PurePhysio.Web.Features.Admin.Audit;

namespace PurePhysio.Web.Features.Admin.Users;

/// <summary>Gives an account a temporary password (to be changed at the next sign-in) and lifts its sign-in pauses; audited.</summary>
public sealed class ResetStaffPassword(StaffAccountForm form, StaffAccounts accounts, AuditLog audit)
{
    public Task<StaffAccountChange> HandleAsync(string id, string? newPassword, string? currentUserId, ModelStateDictionary errors) =>
        form.ChangeAsync(id, currentUserId, errors, async user =>
        {
            if (string.IsNullOrEmpty(newPassword))
            {
                errors.AddModelError(nameof(EditUserViewModel.NewPassword), "Enter a new password of at least 12 characters.");
                return IdentityResult.Failed();
            }

            var result = await accounts.ResetPasswordAsync(user, newPassword, temporaryPassword: true);
            if (result.Succeeded)
            {
                audit.Add(AuditActions.UserPasswordReset, user.Email ?? user.Id, "Temporary password: to be changed at the next sign-in; sign-in locks lifted");
            }
            else
            {
                StaffAccountForm.AddErrors(result, nameof(EditUserViewModel.NewPassword), errors);
            }

            return result;
        });

}
