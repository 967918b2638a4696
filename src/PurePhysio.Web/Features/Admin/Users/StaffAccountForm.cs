using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using PurePhysio.Web.Data;
using PurePhysio.Web.Domain;

namespace PurePhysio.Web.Features.Admin.Users;

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
/// The account page and what every change to an account shares: find the account, apply the change through
/// Identity's <see cref="UserManager{TUser}"/>, save it with its audit entry, or show the page again with the
/// problem. <c>currentUserId</c> is who is asking: nobody takes the Admin role from themselves or disables
/// their own account.
/// </summary>
public sealed class StaffAccountForm(UserManager<StaffUser> users, StaffAccounts accounts, ClinicDbContext db)
{
    public async Task<EditUserViewModel?> LoadAsync(string id, string? currentUserId)
    {
        var user = await users.FindByIdAsync(id);
        return user is null ? null : await ModelForAsync(user, currentUserId);
    }

    public async Task<StaffAccountChange> ChangeAsync(string id, string? currentUserId, ModelStateDictionary errors,
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

    internal static void CheckRole(string? role, string field, ModelStateDictionary errors)
    {
        if (role is null || !AdminRoles.All.Contains(role))
        {
            errors.AddModelError(field, "Choose Admin, Editor or Clinician.");
        }
    }

    internal static void AddErrors(IdentityResult result, string field, ModelStateDictionary errors)
    {
        foreach (var error in result.Errors)
        {
            errors.AddModelError(field, error.Description);
        }
    }
}
