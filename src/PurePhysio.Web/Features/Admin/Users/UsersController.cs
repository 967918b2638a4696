using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace PurePhysio.Web.Features.Admin.Users;

/// <summary>Staff accounts. Admins only; there is no public registration.</summary>
/// <remarks>Each action takes its own handler (<c>[FromServices]</c>); the account changes share <see cref="StaffAccountForm"/>.</remarks>
[Route("admin/users")]
[Authorize(Policy = AdminPolicies.AdminOnly)]
public sealed class UsersController : AdminControllerBase
{
    [HttpGet("")]
    public async Task<IActionResult> List([FromServices] ListStaff list) => View(await list.HandleAsync());

    [HttpPost("security")]
    public async Task<IActionResult> Security(bool requireTwoFactor, [FromServices] RequireTwoFactor require)
    {
        await require.HandleAsync(requireTwoFactor);
        return FlashAndRedirect(requireTwoFactor
            ? "Two-factor sign-in is now required: staff without it are asked to set it up before anything else."
            : "Two-factor sign-in is now optional.", nameof(List));
    }

    [HttpGet("create")]
    public IActionResult Create() => View(new CreateUserViewModel());

    [HttpPost("create")]
    public async Task<IActionResult> Create(CreateUserViewModel model, [FromServices] CreateStaffAccount create) =>
        FormResult(await create.HandleAsync(model, ModelState),
            $"{model.Email} can now sign in with the temporary password, and will be asked to choose their own. Give it to them in person or by phone.", nameof(List), "Create", model);

    [HttpGet("{id}")]
    public async Task<IActionResult> Edit(string id, [FromServices] StaffAccountForm form) => await form.LoadAsync(id, CurrentUserId) is { } model ? View(model) : NotFound();

    [HttpPost("{id}/role")]
    public async Task<IActionResult> ChangeRole(string id, [Bind(nameof(EditUserViewModel.Role))] EditUserViewModel model, [FromServices] ChangeStaffRole change) =>
        Changed(await change.HandleAsync(id, model.Role, CurrentUserId, ModelState), id, $"The role is now {model.Role}.");

    [HttpPost("{id}/profile")]
    public async Task<IActionResult> LinkProfile(string id, [Bind(nameof(EditUserViewModel.PractitionerId))] EditUserViewModel model, [FromServices] LinkStaffProfile link) =>
        Changed(await link.HandleAsync(id, model.PractitionerId, CurrentUserId, ModelState), id,
            model.PractitionerId is null ? "The account is no longer linked to a team profile." : "The account is linked to the team profile.");

    [HttpPost("{id}/disable")]
    public async Task<IActionResult> Disable(string id, [FromServices] DisableStaffAccount disable) =>
        Changed(await disable.HandleAsync(id, CurrentUserId, ModelState), id, "The account is disabled: it cannot sign in.");

    [HttpPost("{id}/enable")]
    public async Task<IActionResult> Enable(string id, [FromServices] EnableStaffAccount enable) =>
        Changed(await enable.HandleAsync(id, CurrentUserId, ModelState), id, "The account is enabled again.");

    [HttpPost("{id}/password")]
    public async Task<IActionResult> ResetPassword(string id, [Bind(nameof(EditUserViewModel.NewPassword))] EditUserViewModel model, [FromServices] ResetStaffPassword reset) =>
        Changed(await reset.HandleAsync(id, model.NewPassword, CurrentUserId, ModelState), id,
            "The password was reset and any lockout lifted. Give the new password to them in person or by phone.");

    [HttpPost("{id}/two-factor/disable")]
    public async Task<IActionResult> TurnOffTwoFactor(string id, [FromServices] TurnOffStaffTwoFactor turnOff) =>
        Changed(await turnOff.HandleAsync(id, CurrentUserId, ModelState), id,
            "Two-factor sign-in is off for this account; they sign in with their password and can set up a new app.");

    private IActionResult Changed(StaffAccountChange change, string id, string done) => change.Outcome switch
    {
        FormOutcome.Saved => FlashAndRedirect(done, nameof(Edit), new { id }),
        FormOutcome.NotFound => NotFound(),
        _ => FormAgain("Edit", change.Form!, StatusCodes.Status400BadRequest),
    };
}
