using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using PurePhysio.Web.Data;
using PurePhysio.Web.Domain;
using PurePhysio.Web.Features.Admin.Audit;

namespace PurePhysio.Web.Features.Admin.Users;

/// <summary>Links an account to a team profile (or none); audited.</summary>
public sealed class LinkStaffProfile(StaffAccountForm form, UserManager<StaffUser> users, ClinicDbContext db, AuditLog audit)
{
    /// <summary>Links the account to a team profile (or none), so the reviews they approve name that profile.</summary>
    public Task<StaffAccountChange> HandleAsync(string id, int? practitionerId, string? currentUserId, ModelStateDictionary errors) =>
        form.ChangeAsync(id, currentUserId, errors, async user =>
        {
            if (practitionerId is { } pid && !await db.Practitioners.AnyAsync(p => p.Id == pid))
            {
                errors.AddModelError(nameof(EditUserViewModel.PractitionerId), "That team profile no longer exists. Choose another.");
                return IdentityResult.Failed();
            }

            user.PractitionerId = practitionerId;
            var result = await users.UpdateAsync(user);
            if (result.Succeeded)
            {
                audit.Add(AuditActions.UserProfileLinked, user.Email ?? user.Id, practitionerId is { } linked ? $"Team profile {linked}" : "No team profile");
            }

            return result;
        });

}
