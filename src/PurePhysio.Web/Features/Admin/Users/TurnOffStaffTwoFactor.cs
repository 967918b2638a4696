using Microsoft.AspNetCore.Mvc.ModelBinding;
using PurePhysio.Web.Features.Admin.Audit;

namespace PurePhysio.Web.Features.Admin.Users;

/// <summary>Turns two-factor sign-in off for someone who lost both their phone and their recovery codes; audited.</summary>
public sealed class TurnOffStaffTwoFactor(StaffAccountForm form, StaffAccounts accounts, AuditLog audit)
{
    public Task<StaffAccountChange> HandleAsync(string id, string? currentUserId, ModelStateDictionary errors) =>
        form.ChangeAsync(id, currentUserId, errors, async user =>
        {
            var result = await accounts.TurnOffTwoFactorAsync(user);
            if (result.Succeeded)
            {
                audit.Add(AuditActions.TwoFactorDisabled, user.Email ?? user.Id, "Turned off by an Admin");
            }

            return result;
        });

}
