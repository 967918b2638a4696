using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using PurePhysio.Web.Features.Admin.Audit;

namespace PurePhysio.Web.Features.Admin.Users;

/// <summary>Gives an account another role (Admin, Editor or Clinician); audited.</summary>
public sealed class ChangeStaffRole(StaffAccountForm form, StaffAccounts accounts, AuditLog audit)
{
    public Task<StaffAccountChange> HandleAsync(string id, string role, string? currentUserId, ModelStateDictionary errors) =>
        form.ChangeAsync(id, currentUserId, errors, async user =>
        {
            StaffAccountForm.CheckRole(role, nameof(EditUserViewModel.Role), errors);
            if (user.Id == currentUserId && role != AdminRoles.Admin)
            {
                errors.AddModelError(nameof(EditUserViewModel.Role), "You cannot take the Admin role from yourself; ask another Admin.");
            }

            if (!errors.IsValid)
            {
                return IdentityResult.Failed();
            }

            var result = await accounts.SetRoleAsync(user, role);
            if (result.Succeeded)
            {
                audit.Add(AuditActions.UserRoleChanged, user.Email ?? user.Id, $"Role {role}");
            }

            return result;
        });

}
