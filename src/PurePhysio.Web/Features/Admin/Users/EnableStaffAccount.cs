using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using PurePhysio.Web.Domain;
using PurePhysio.Web.Features.Admin.Audit;

namespace PurePhysio.Web.Features.Admin.Users;

/// <summary>Lets a disabled account sign in again; audited.</summary>
public sealed class EnableStaffAccount(StaffAccountForm form, UserManager<StaffUser> users, AuditLog audit)
{
    public Task<StaffAccountChange> HandleAsync(string id, string? currentUserId, ModelStateDictionary errors) =>
        form.ChangeAsync(id, currentUserId, errors, async user =>
        {
            user.DisabledAt = null;
            var result = await users.UpdateAsync(user);
            if (result.Succeeded)
            {
                audit.Add(AuditActions.UserEnabled, user.Email ?? user.Id);
            }

            return result;
        });

}
