using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using PurePhysio.Web.Data;
using PurePhysio.Web.Domain;
using PurePhysio.Web.Features.Admin.Audit;

namespace PurePhysio.Web.Features.Admin.Users;

public sealed record StaffListItem(string Id, string Email, string DisplayName, string Role, bool IsDisabled, bool IsLockedOut, bool TwoFactorEnabled);

public sealed record StaffListViewModel(IReadOnlyList<StaffListItem> Staff, bool RequireTwoFactor);

public sealed class CreateUserViewModel
{
    [Required(ErrorMessage = "Enter their email address.")]
    [EmailAddress(ErrorMessage = "Enter an email address like name@example.org.")]
    [StringLength(256)]
    [Display(Name = "Email address")]
    public string Email { get; set; } = "";

    [StringLength(100)]
    [Display(Name = "Name")]
    public string? DisplayName { get; set; }

    [Required(ErrorMessage = "Choose a role.")]
    public string Role { get; set; } = AdminRoles.Editor;

    [Required(ErrorMessage = "Enter a temporary password of at least 12 characters.")]
    [DataType(DataType.Password)]
    [Display(Name = "Temporary password (at least 12 characters)")]
    public string Password { get; set; } = "";
}

public sealed class EditUserViewModel
{
    public string Id { get; set; } = "";
    public string Email { get; set; } = "";
    public string DisplayName { get; set; } = "";
    public bool IsDisabled { get; set; }
    public bool IsLockedOut { get; set; }
    public bool IsSelf { get; set; }
    public bool TwoFactorEnabled { get; set; }
    public bool MustChangePassword { get; set; }

    [Required(ErrorMessage = "Choose a role.")]
    public string Role { get; set; } = AdminRoles.Editor;

    [DataType(DataType.Password)]
    [Display(Name = "New password (at least 12 characters)")]
    public string? NewPassword { get; set; }

    /// <summary>Their team profile: articles a Clinician approves say "Reviewed by" it.</summary>
    [Display(Name = "Team profile")]
    public int? PractitionerId { get; set; }

    public IReadOnlyList<(int Id, string Name)> Profiles { get; set; } = [];
}

/// <summary>What a change to an account came to; on a problem, the account page to show again.</summary>
public sealed record StaffAccountChange(FormOutcome Outcome, EditUserViewModel? Form = null);

/// <summary>
/// Listing, creating and changing staff accounts (role, disable, enable, password) through Identity's
/// <see cref="UserManager{TUser}"/>; every change is audited. <c>currentUserId</c> is who is asking:
/// nobody takes the Admin role from themselves or disables their own account.
/// </summary>
public sealed class ManageStaffAccounts(UserManager<StaffUser> users, StaffAccounts accounts, AuditLog audit, ClinicDbContext db, TimeProvider time)
{
    public async Task<StaffListViewModel> ListAsync()
    {
        var all = await users.Users.AsNoTracking().OrderBy(u => u.Email).ToListAsync();
        var now = time.GetUtcNow();
        // Which addresses some client is locked out of now (per address and client, ADR 0016).
        var locked = (await db.SignInThrottles.AsNoTracking().Where(t => t.LockedUntil > now).Select(t => t.Account).Distinct().ToListAsync()).ToHashSet();
        var items = new List<StaffListItem>();
        foreach (var u in all)
        {
            var roles = await users.GetRolesAsync(u);
            items.Add(new StaffListItem(u.Id, u.Email ?? "", u.DisplayName, string.Join(", ", roles), u.DisabledAt is not null,
                locked.Contains(SignInLockout.AccountKey(u.Email ?? "")), u.TwoFactorEnabled));
        }

        var policy = await db.StaffSecurityPolicies.AsNoTracking().FirstOrDefaultAsync();
        return new StaffListViewModel(items, policy?.RequireTwoFactor == true);
    }

    /// <summary>Whether every member of staff must sign in with an authenticator app (those without one are sent to set it up).</summary>
    public async Task SetRequireTwoFactorAsync(bool require)
    {
        var policy = await db.StaffSecurityPolicies.FirstOrDefaultAsync();
        if (policy is null)
        {
            policy = new StaffSecurityPolicy();
            db.StaffSecurityPolicies.Add(policy);
        }

        policy.RequireTwoFactor = require;
        audit.Add(AuditActions.StaffSecurityUpdated, "Staff security", require ? "Two-factor sign-in required for all staff" : "Two-factor sign-in optional");
        await db.SaveChangesAsync();
    }

    public Task<StaffAccountChange> TurnOffTwoFactorAsync(string id, string? currentUserId, ModelStateDictionary errors) =>
        ChangeAsync(id, currentUserId, errors, async user =>
        {
            var result = await accounts.TurnOffTwoFactorAsync(user);
            if (result.Succeeded)
            {
                audit.Add(AuditActions.TwoFactorDisabled, user.Email ?? user.Id, "Turned off by an Admin");
            }

            return result;
        });

    public async Task<FormOutcome> CreateAsync(CreateUserViewModel model, ModelStateDictionary errors)
    {
        CheckRole(model.Role, nameof(model.Role), errors);
        if (errors.IsValid)
        {
            var result = await accounts.CreateAsync(model.Email, model.DisplayName ?? "", model.Role, model.Password, temporaryPassword: true);
            if (result.Succeeded)
            {
                await audit.RecordNowAsync(AuditActions.UserCreated, model.Email.Trim(), $"Role {model.Role}");
                return FormOutcome.Saved;
            }

            AddErrors(result, nameof(model.Password), errors);
        }

        model.Password = "";
        return FormOutcome.Invalid;
    }

    public async Task<EditUserViewModel?> LoadAsync(string id, string? currentUserId)
    {
        var user = await users.FindByIdAsync(id);
        return user is null ? null : await ModelForAsync(user, currentUserId);
    }

    public Task<StaffAccountChange> ChangeRoleAsync(string id, string role, string? currentUserId, ModelStateDictionary errors) =>
        ChangeAsync(id, currentUserId, errors, async user =>
        {
            CheckRole(role, nameof(EditUserViewModel.Role), errors);
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

    public Task<StaffAccountChange> DisableAsync(string id, string? currentUserId, ModelStateDictionary errors) =>
        ChangeAsync(id, currentUserId, errors, async user =>
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

    public Task<StaffAccountChange> EnableAsync(string id, string? currentUserId, ModelStateDictionary errors) =>
        ChangeAsync(id, currentUserId, errors, async user =>
        {
            user.DisabledAt = null;
            var result = await users.UpdateAsync(user);
            if (result.Succeeded)
            {
                audit.Add(AuditActions.UserEnabled, user.Email ?? user.Id);
            }

            return result;
        });

    public Task<StaffAccountChange> ResetPasswordAsync(string id, string? newPassword, string? currentUserId, ModelStateDictionary errors) =>
        ChangeAsync(id, currentUserId, errors, async user =>
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
                AddErrors(result, nameof(EditUserViewModel.NewPassword), errors);
            }

            return result;
        });

    private async Task<StaffAccountChange> ChangeAsync(string id, string? currentUserId, ModelStateDictionary errors,
        Func<StaffUser, Task<IdentityResult>> change)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return new StaffAccountChange(FormOutcome.NotFound);
        }

        var result = await change(user);
        if (result.Succeeded && errors.IsValid)
        {
            // The audit event added by the change.
            await db.SaveChangesAsync();
            return new StaffAccountChange(FormOutcome.Saved);
        }

        if (errors.IsValid)
        {
            AddErrors(result, string.Empty, errors);
        }

        return new StaffAccountChange(FormOutcome.Invalid, await ModelForAsync(user, currentUserId));
    }

    private async Task<EditUserViewModel> ModelForAsync(StaffUser user, string? currentUserId) => new()
    {
        Id = user.Id,
        Email = user.Email ?? "",
        DisplayName = user.DisplayName,
        IsDisabled = user.DisabledAt is not null,
        IsLockedOut = await accounts.LockedClientsAsync(user) > 0,
        IsSelf = user.Id == currentUserId,
        TwoFactorEnabled = user.TwoFactorEnabled,
        MustChangePassword = user.MustChangePassword,
        Role = (await users.GetRolesAsync(user)).FirstOrDefault() ?? AdminRoles.Editor,
        PractitionerId = user.PractitionerId,
        Profiles = (await db.Practitioners.AsNoTracking().OrderBy(p => p.SortOrder).ThenBy(p => p.Name).Select(p => new { p.Id, p.Name }).ToListAsync())
            .Select(p => (p.Id, p.Name)).ToList(),
    };

    /// <summary>Links the account to a team profile (or none), so the reviews they approve name that profile.</summary>
    public Task<StaffAccountChange> LinkProfileAsync(string id, int? practitionerId, string? currentUserId, ModelStateDictionary errors) =>
        ChangeAsync(id, currentUserId, errors, async user =>
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

    private static void CheckRole(string? role, string field, ModelStateDictionary errors)
    {
        if (role is null || !AdminRoles.All.Contains(role))
        {
            errors.AddModelError(field, "Choose Admin, Editor or Clinician.");
        }
    }

    private static void AddErrors(IdentityResult result, string field, ModelStateDictionary errors)
    {
        foreach (var error in result.Errors)
        {
            errors.AddModelError(field, error.Description);
        }
    }
}
