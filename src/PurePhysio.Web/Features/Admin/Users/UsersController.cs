using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using PurePhysio.Web.Domain;
using PurePhysio.Web.Features.Admin.Audit;

namespace PurePhysio.Web.Features.Admin.Users;

public sealed record StaffListItem(string Id, string Email, string DisplayName, string Role, bool IsDisabled, bool IsLockedOut);

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

    [Required(ErrorMessage = "Choose a role.")]
    public string Role { get; set; } = AdminRoles.Editor;

    [DataType(DataType.Password)]
    [Display(Name = "New password (at least 12 characters)")]
    public string? NewPassword { get; set; }
}

/// <summary>Staff accounts. Admins only; there is no public registration.</summary>
[Route("admin/users")]
[Authorize(Policy = AdminPolicies.AdminOnly)]
public sealed class UsersController(UserManager<StaffUser> users, StaffAccounts accounts, AuditLog audit, Data.ClinicDbContext db, TimeProvider time) : AdminControllerBase
{
    private const string BaseUrl = "/admin/users";

    [HttpGet("")]
    public async Task<IActionResult> List()
    {
        var all = await users.Users.AsNoTracking().OrderBy(u => u.Email).ToListAsync();
        var items = new List<StaffListItem>();
        foreach (var u in all)
        {
            var roles = await users.GetRolesAsync(u);
            items.Add(new StaffListItem(u.Id, u.Email ?? "", u.DisplayName, string.Join(", ", roles), u.DisabledAt is not null,
                u.LockoutEnd > time.GetUtcNow()));
        }

        return View(items);
    }

    [HttpGet("create")]
    public IActionResult Create() => View(new CreateUserViewModel());

    [HttpPost("create")]
    public async Task<IActionResult> Create(CreateUserViewModel model)
    {
        CheckRole(model.Role, nameof(model.Role));
        if (ModelState.IsValid)
        {
            var result = await accounts.CreateAsync(model.Email, model.DisplayName ?? "", model.Role, model.Password);
            if (result.Succeeded)
            {
                await audit.RecordNowAsync(AuditActions.UserCreated, model.Email.Trim(), $"Role {model.Role}");
                Flash($"{model.Email} can now sign in with the temporary password. Give it to them in person or by phone.");
                return Redirect(BaseUrl);
            }

            AddErrors(result, nameof(model.Password));
        }

        model.Password = "";
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View(model);
    }

    [HttpGet("{id}")]
    public async Task<IActionResult> Edit(string id)
    {
        var user = await users.FindByIdAsync(id);
        return user is null ? NotFound() : View(await ModelForAsync(user));
    }

    [HttpPost("{id}/role")]
    public async Task<IActionResult> ChangeRole(string id, [Bind(nameof(EditUserViewModel.Role))] EditUserViewModel model) =>
        await ChangeAsync(id, async user =>
        {
            CheckRole(model.Role, nameof(model.Role));
            if (user.Id == CurrentUserId && model.Role != AdminRoles.Admin)
            {
                ModelState.AddModelError(nameof(model.Role), "You cannot take the Admin role from yourself; ask another Admin.");
            }

            if (!ModelState.IsValid)
            {
                return IdentityResult.Failed();
            }

            var result = await accounts.SetRoleAsync(user, model.Role);
            if (result.Succeeded)
            {
                audit.Add(AuditActions.UserRoleChanged, user.Email ?? user.Id, $"Role {model.Role}");
            }

            return result;
        }, $"The role is now {model.Role}.");

    [HttpPost("{id}/disable")]
    public async Task<IActionResult> Disable(string id) =>
        await ChangeAsync(id, async user =>
        {
            if (user.Id == CurrentUserId)
            {
                ModelState.AddModelError(string.Empty, "You cannot disable your own account.");
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
        }, "The account is disabled: it cannot sign in.");

    [HttpPost("{id}/enable")]
    public async Task<IActionResult> Enable(string id) =>
        await ChangeAsync(id, async user =>
        {
            user.DisabledAt = null;
            var result = await users.UpdateAsync(user);
            if (result.Succeeded)
            {
                audit.Add(AuditActions.UserEnabled, user.Email ?? user.Id);
            }

            return result;
        }, "The account is enabled again.");

    [HttpPost("{id}/password")]
    public async Task<IActionResult> ResetPassword(string id, [Bind(nameof(EditUserViewModel.NewPassword))] EditUserViewModel model) =>
        await ChangeAsync(id, async user =>
        {
            if (string.IsNullOrEmpty(model.NewPassword))
            {
                ModelState.AddModelError(nameof(model.NewPassword), "Enter a new password of at least 12 characters.");
                return IdentityResult.Failed();
            }

            var result = await accounts.ResetPasswordAsync(user, model.NewPassword);
            if (result.Succeeded)
            {
                audit.Add(AuditActions.UserPasswordReset, user.Email ?? user.Id);
            }
            else
            {
                AddErrors(result, nameof(model.NewPassword));
            }

            return result;
        }, "The password was reset and any lockout lifted. Give the new password to them in person or by phone.");

    private async Task<IActionResult> ChangeAsync(string id, Func<StaffUser, Task<IdentityResult>> change, string done)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return NotFound();
        }

        var result = await change(user);
        if (result.Succeeded && ModelState.IsValid)
        {
            await db.SaveChangesAsync();
            Flash(done);
            return Redirect($"{BaseUrl}/{id}");
        }

        if (ModelState.IsValid)
        {
            AddErrors(result, string.Empty);
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View("Edit", await ModelForAsync(user));
    }

    private async Task<EditUserViewModel> ModelForAsync(StaffUser user) => new()
    {
        Id = user.Id,
        Email = user.Email ?? "",
        DisplayName = user.DisplayName,
        IsDisabled = user.DisabledAt is not null,
        IsLockedOut = user.LockoutEnd > time.GetUtcNow(),
        IsSelf = user.Id == CurrentUserId,
        Role = (await users.GetRolesAsync(user)).FirstOrDefault() ?? AdminRoles.Editor,
    };

    private void CheckRole(string? role, string field)
    {
        if (role is null || !AdminRoles.All.Contains(role))
        {
            ModelState.AddModelError(field, "Choose Admin or Editor.");
        }
    }

    private void AddErrors(IdentityResult result, string field)
    {
        foreach (var error in result.Errors)
        {
            ModelState.AddModelError(field, error.Description);
        }
    }
}
