using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using PurePhysio.Web.Domain;

namespace PurePhysio.Web.Features.Admin.Users;

/// <summary>Creates staff accounts and keeps roles in place; shared by the Users screens, create-admin and the dev seed.</summary>
public sealed class StaffAccounts(UserManager<StaffUser> users, RoleManager<IdentityRole> roles)
{
    public async Task EnsureRolesAsync()
    {
        foreach (var role in AdminRoles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole(role));
            }
        }
    }

    /// <summary>Creates the account with the role, or returns Identity's reasons (weak password, email taken ...).</summary>
    public async Task<IdentityResult> CreateAsync(string email, string displayName, string role, string password)
    {
        await EnsureRolesAsync();
        var user = new StaffUser { UserName = email.Trim(), Email = email.Trim(), DisplayName = displayName.Trim(), EmailConfirmed = true };
        var created = await users.CreateAsync(user, password);
        return created.Succeeded ? await users.AddToRoleAsync(user, role) : created;
    }

    /// <summary>Makes the account an Admin only (removes other roles), refreshing its sessions.</summary>
    public async Task<IdentityResult> SetRoleAsync(StaffUser user, string role)
    {
        await EnsureRolesAsync();
        var current = await users.GetRolesAsync(user);
        var removed = await users.RemoveFromRolesAsync(user, current.Where(r => r != role));
        if (!removed.Succeeded)
        {
            return removed;
        }

        if (!current.Contains(role))
        {
            var added = await users.AddToRoleAsync(user, role);
            if (!added.Succeeded)
            {
                return added;
            }
        }

        return await users.UpdateSecurityStampAsync(user);
    }

    public async Task<IdentityResult> ResetPasswordAsync(StaffUser user, string password)
    {
        var token = await users.GeneratePasswordResetTokenAsync(user);
        var result = await users.ResetPasswordAsync(user, token, password);
        if (result.Succeeded)
        {
            // A forgotten-password reset also lifts a lockout.
            await users.SetLockoutEndDateAsync(user, null);
            await users.ResetAccessFailedCountAsync(user);
        }

        return result;
    }

    public Task<StaffUser?> FindByEmailAsync(string email) => users.FindByEmailAsync(email.Trim());

    public Task<bool> AnyAsync() => users.Users.AnyAsync();
}
