using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using PurePhysio.Web.Features.Admin.Audit;

namespace PurePhysio.Web.Features.Admin.Users;

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

/// <summary>Creates an account with a temporary password that its owner must change at the first sign-in; audited.</summary>
public sealed class CreateStaffAccount(StaffAccounts accounts, AuditLog audit)
{
    public async Task<FormOutcome> HandleAsync(CreateUserViewModel model, ModelStateDictionary errors)
    {
        StaffAccountForm.CheckRole(model.Role, nameof(model.Role), errors);
        if (errors.IsValid)
        {
            var result = await accounts.CreateAsync(model.Email, model.DisplayName ?? "", model.Role, model.Password, temporaryPassword: true);
            if (result.Succeeded)
            {
                await audit.RecordNowAsync(AuditActions.UserCreated, model.Email.Trim(), $"Role {model.Role}");
                return FormOutcome.Saved;
            }

            StaffAccountForm.AddErrors(result, nameof(model.Password), errors);
        }

        model.Password = "";
        return FormOutcome.Invalid;
    }

}
