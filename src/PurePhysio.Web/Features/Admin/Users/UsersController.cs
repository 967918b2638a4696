using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace PurePhysio.Web.Features.Admin.Users;

/// <summary>Staff accounts. Admins only; there is no public registration.</summary>
[Route("admin/users")]
[Authorize(Policy = AdminPolicies.AdminOnly)]
public sealed class UsersController(ManageStaffAccounts staff) : AdminControllerBase
{
    [HttpGet("")]
    public async Task<IActionResult> List() => View(await staff.ListAsync());

    [HttpPost("security")]
    public async Task<IActionResult> Security(bool requireTwoFactor)
    {
        await staff.SetRequireTwoFactorAsync(requireTwoFactor);
        return FlashAndRedirect(requireTwoFactor
            ? "Two-factor sign-in is now required: staff without it are asked to set it up before anything else."
            : "Two-factor sign-in is now optional.", nameof(List));
    }

    [HttpGet("create")]
    public IActionResult Create() => View(new CreateUserViewModel());

    [HttpPost("create")]
    public async Task<IActionResult> Create(CreateUserViewModel model) =>
        FormResult(await staff.CreateAsync(model, ModelState),
            $"{model.Email} can now sign in with the temporary password, and will be asked to choose their own. Give it to them in person or by phone.", nameof(List), "Create", model);

    [HttpGet("{id}")]
    public async Task<IActionResult> Edit(string id) => await staff.LoadAsync(id, CurrentUserId) is { } model ? View(model) : NotFound();

    [HttpPost("{id}/role")]
    public async Task<IActionResult> ChangeRole(string id, [Bind(nameof(EditUserViewModel.Role))] EditUserViewModel model) =>
        Changed(await staff.ChangeRoleAsync(id, model.Role, CurrentUserId, ModelState), id, $"The role is now {model.Role}.");

    [HttpPost("{id}/profile")]
    public async Task<IActionResult> LinkProfile(string id, [Bind(nameof(EditUserViewModel.PractitionerId))] EditUserViewModel model) =>
        Changed(await staff.LinkProfileAsync(id, model.PractitionerId, CurrentUserId, ModelState), id,
            model.PractitionerId is null ? "The account is no longer linked to a team profile." : "The account is linked to the team profile.");

    [HttpPost("{id}/disable")]
    public async Task<IActionResult> Disable(string id) =>
        Changed(await staff.DisableAsync(id, CurrentUserId, ModelState), id, "The account is disabled: it cannot sign in.");

    [HttpPost("{id}/enable")]
    public async Task<IActionResult> Enable(string id) =>
        Changed(await staff.EnableAsync(id, CurrentUserId, ModelState), id, "The account is enabled again.");

    [HttpPost("{id}/password")]
    public async Task<IActionResult> ResetPassword(string id, [Bind(nameof(EditUserViewModel.NewPassword))] EditUserViewModel model) =>
        Changed(await staff.ResetPasswordAsync(id, model.NewPassword, CurrentUserId, ModelState), id,
            "The password was reset and any lockout lifted. Give the new password to them in person or by phone.");

    [HttpPost("{id}/two-factor/disable")]
    public async Task<IActionResult> TurnOffTwoFactor(string id) =>
        Changed(await staff.TurnOffTwoFactorAsync(id, CurrentUserId, ModelState), id,
            "Two-factor sign-in is off for this account; they sign in with their password and can set up a new app.");

    private IActionResult Changed(StaffAccountChange change, string id, string done) => change.Outcome switch
    {
        FormOutcome.Saved => FlashAndRedirect(done, nameof(Edit), new { id }),
        FormOutcome.NotFound => NotFound(),
        _ => FormAgain("Edit", change.Form!, StatusCodes.Status400BadRequest),
    };
}
