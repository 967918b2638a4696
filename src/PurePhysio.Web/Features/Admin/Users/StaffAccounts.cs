using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using PurePhysio.Web.Domain;

namespace PurePhysio.Web.Features.Admin.Users;

/// <summary>Creates staff accounts and keeps roles in place; shared by the Users screens, create-admin and the dev seed.</summary>
public sealed class StaffAccounts(UserManager<StaffUser> users, RoleManager<IdentityRole> roles, SignInLockout lockout)
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

    /// <summary>
    /// Creates the account with the role, or returns Identity's reasons (weak password, email taken ...).
    /// <paramref name="temporaryPassword"/>: an Admin chose it, so the new member of staff must choose their own first.
    /// </summary>
    public async Task<IdentityResult> CreateAsync(string email, string displayName, string role, string password, bool temporaryPassword = false)
    {
        await EnsureRolesAsync();
        var user = new StaffUser
        {
            UserName = email.Trim(), Email = email.Trim(), DisplayName = displayName.Trim(), EmailConfirmed = true, MustChangePassword = temporaryPassword,
        };
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

    /// <summary>Sets a password and lifts every sign-in lock on the account; a <paramref name="temporaryPassword"/> must be changed at the next sign-in.</summary>
    public async Task<IdentityResult> ResetPasswordAsync(StaffUser user, string password, bool temporaryPassword = false)
    {
        var token = await users.GeneratePasswordResetTokenAsync(user);
        var result = await users.ResetPasswordAsync(user, token, password);
        if (result.Succeeded)
        {
            user.MustChangePassword = temporaryPassword;
            result = await users.UpdateAsync(user);
            await lockout.ClearAccountAsync(SignInLockout.AccountKey(user.Email ?? ""));
        }

        return result;
    }

    /// <summary>For someone who lost both their phone and their recovery codes: two-factor off and the old key forgotten.</summary>
    public async Task<IdentityResult> TurnOffTwoFactorAsync(StaffUser user)
    {
        var result = await users.SetTwoFactorEnabledAsync(user, false);
        return result.Succeeded ? await users.ResetAuthenticatorKeyAsync(user) : result;
    }

    public Task<int> LockedClientsAsync(StaffUser user) => lockout.LockedClientsAsync(SignInLockout.AccountKey(user.Email ?? ""));

    public Task<StaffUser?> FindByEmailAsync(string email) => users.FindByEmailAsync(email.Trim());

    public Task<bool> AnyAsync() => users.Users.AnyAsync();
}
