using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using PurePhysio.Web.Data;
using PurePhysio.Web.Domain;
using PurePhysio.Web.Features.Admin.Audit;

namespace PurePhysio.Web.Features.Admin.Account;

public sealed class SignInViewModel
{
    [Required(ErrorMessage = "Enter your email address.")]
    [EmailAddress(ErrorMessage = "Enter an email address like name@example.org.")]
    [Display(Name = "Email address")]
    public string Email { get; set; } = "";

    [Required(ErrorMessage = "Enter your password.")]
    [DataType(DataType.Password)]
    public string Password { get; set; } = "";

    public string? ReturnUrl { get; set; }
}

public enum SignInOutcome
{
    SignedIn,

    /// <summary>The password was right; the account asks for its authenticator code next.</summary>
    SecondStep,

    /// <summary>Not signed in, for whatever reason: the answer is the same (<see cref="StaffSignIn.Refusal"/>).</summary>
    Refused,
}

/// <summary>
/// The first step of signing in. Every refusal (no such account, wrong password, disabled account, this client
/// locked out of this address) gets the same words, status and cost: one password hash is computed for every
/// post, and the same lockout rows and audit event are written whether the address is an account or not.
/// </summary>
public sealed class StaffSignIn(
    UserManager<StaffUser> users,
    StaffSignInManager signIn,
    StaffPasswordCheck passwords,
    SignInLockout lockout,
    AuditLog audit,
    ClinicDbContext db,
    IOptions<StaffSignInOptions> options)
{
    public string Refusal =>
        "Those details did not sign you in. Check the email address and the password and try again. " +
        $"After {options.Value.MaxFailedAttempts} failed attempts, signing in from this device is paused for " +
        $"{Errors.RetryAfter.InWords(options.Value.LockoutDuration)}. Forgotten your password? Ask for a reset link below.";

    public async Task<SignInOutcome> SignInAsync(SignInViewModel model, HttpContext http)
    {
        var email = model.Email.Trim();
        var account = SignInLockout.AccountKey(email);
        var client = SignInLockout.ClientKey(http);
        var user = await users.FindByEmailAsync(email);
        var lockedUntil = await lockout.LockedUntilAsync(account, client, SignInStep.Password);
        // Before anything that depends on the account, so that every post costs one hash.
        var passwordRight = await passwords.IsRightAsync(user, model.Password);
        var enabled = user is not null && await signIn.CanSignInAsync(user);

        if (lockedUntil is null && passwordRight && enabled)
        {
            await lockout.ClearAsync(account, client, SignInStep.Password);
            var result = await signIn.SignInAfterPasswordAsync(user!);
            if (result.RequiresTwoFactor)
            {
                return SignInOutcome.SecondStep;
            }

            await audit.RecordNowAsync(AuditActions.SignIn, user!.Email!, email: user.Email, userId: user.Id);
            return SignInOutcome.SignedIn;
        }

        if (lockedUntil is not null)
        {
            audit.Add(AuditActions.SignInThrottled, email, $"Refused without trying: client {client} is locked out of this address until {lockedUntil:u}",
                email: email, userId: user?.Id);
        }
        else
        {
            var locksNow = await lockout.RecordFailureAsync(account, client, SignInStep.Password);
            var reason = user is null ? "no account has this address" : !enabled ? "the account is disabled" : "wrong password";
            audit.Add(user is not null && !enabled ? AuditActions.SignInRefused : AuditActions.SignInFailed, email,
                $"From client {client}: {reason}", email: email, userId: user?.Id);
            if (locksNow)
            {
                audit.Add(AuditActions.LockedOut, email,
                    $"Client {client} is locked out of this address for {Errors.RetryAfter.InWords(options.Value.LockoutDuration)} after " +
                    $"{options.Value.MaxFailedAttempts} failed attempts; other clients can still sign in", email: email, userId: user?.Id);
            }
        }

        await db.SaveChangesAsync();
        return SignInOutcome.Refused;
    }
}
