using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using PurePhysio.Web.Domain;
using PurePhysio.Web.Features.Admin.Audit;

namespace PurePhysio.Web.Features.Admin.Users;

/// <summary>Disables an account: it cannot sign in, and its sessions end at their next security stamp check; audited.</summary>
public sealed class DisableStaffAccount(StaffAccountForm form, UserManager<StaffUser> users, AuditLog audit, TimeProvider time)
{
    public Task<StaffAccountChange> HandleAsync(string id, string? currentUserId, ModelStateDictionary errors) =>
        form.ChangeAsync(id, currentUserId, errors, async user =>
        {
            if (user.Id == currentUserId)
            {
                errors.AddModelError(string.Empty, "You cannot disable your own account.");
                return IdentityResult.Failed();
            }

            user.DisabledAt = time.GetUtcNow();
            var result = await users.UpdateAsync(user);
            if (result.Succeeded)
            {
                // Ends the account's sessions at their next security stamp check.
                result = await users.UpdateSecurityStampAsync(user);
                audit.Add(AuditActions.UserDisabled, user.Email ?? user.Id);
            }

            return result;
        });

}
