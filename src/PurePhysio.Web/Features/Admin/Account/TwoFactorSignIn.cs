using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using PurePhysio.Web.Data;
using PurePhysio.Web.Domain;
using PurePhysio.Web.Features.Admin.Audit;

namespace PurePhysio.Web.Features.Admin.Account;

public sealed class TwoFactorSignInViewModel
{
    [Display(Name = "Code from your authenticator app")]
    public string? Code { get; set; }

    [Display(Name = "Recovery code")]
    public string? RecoveryCode { get; set; }

    public string? ReturnUrl { get; set; }
}

public enum SecondStepOutcome
{
    SignedIn,
    Refused,

    /// <summary>No first step in progress (the two-factor cookie is missing or older than five minutes).</summary>
    NoFirstStep,
}

/// <summary>
/// The second step of signing in: a code from the authenticator app, or a single-use recovery code. Wrong codes
/// count per (account, client) like wrong passwords (<see cref="SignInLockout"/>), never against the account as a whole.
/// </summary>
public sealed class StaffTwoFactorSignIn(
    UserManager<StaffUser> users,
    StaffSignInManager signIn,
    SignInLockout lockout,
    AuditLog audit,
    ClinicDbContext db,
    IOptions<StaffSignInOptions> options)
{
    public string Refusal =>
        "That code did not sign you in. Codes change every 30 seconds: enter the one your app shows now, or a recovery code. " +
        $"After {options.Value.MaxFailedAttempts} wrong codes, this device must wait {Errors.RetryAfter.InWords(options.Value.LockoutDuration)}.";

    public async Task<bool> IsInProgressAsync() => await signIn.GetTwoFactorAuthenticationUserAsync() is not null;

    public async Task<SecondStepOutcome> SignInAsync(string? code, bool isRecoveryCode, HttpContext http)
    {
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user?.Email is null)
        {
            return SecondStepOutcome.NoFirstStep;
        }

        var account = SignInLockout.AccountKey(user.Email);
        var client = SignInLockout.ClientKey(http);
        var entered = Normalise(code, isRecoveryCode);
        if (await lockout.LockedUntilAsync(account, client, SignInStep.SecondFactor) is { } lockedUntil)
        {
            await audit.RecordNowAsync(AuditActions.SignInThrottled, user.Email,
                $"Second step refused without trying: client {client} is locked out until {lockedUntil:u}", email: user.Email, userId: user.Id);
            return SecondStepOutcome.Refused;
        }

        var right = entered.Length > 0 && (isRecoveryCode
            ? (await users.RedeemTwoFactorRecoveryCodeAsync(user, entered)).Succeeded
            : await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, entered));
        if (right && await signIn.CanSignInAsync(user))
        {
            await lockout.ClearAsync(account, client, SignInStep.SecondFactor);
            await signIn.SignInAfterSecondFactorAsync(user);
            var how = isRecoveryCode ? $"with a recovery code ({await users.CountRecoveryCodesAsync(user)} left)" : "with an authenticator code";
            await audit.RecordNowAsync(AuditActions.SignIn, user.Email, how, email: user.Email, userId: user.Id);
            return SecondStepOutcome.SignedIn;
        }

        var locksNow = await lockout.RecordFailureAsync(account, client, SignInStep.SecondFactor);
        audit.Add(AuditActions.SecondFactorFailed, user.Email, $"From client {client}: wrong {(isRecoveryCode ? "recovery code" : "authenticator code")}",
            email: user.Email, userId: user.Id);
        if (locksNow)
        {
            audit.Add(AuditActions.LockedOut, user.Email,
                $"Client {client} is locked out of the second step for {Errors.RetryAfter.InWords(options.Value.LockoutDuration)} after " +
                $"{options.Value.MaxFailedAttempts} wrong codes; other clients can still sign in", email: user.Email, userId: user.Id);
        }

        await db.SaveChangesAsync();
        return SecondStepOutcome.Refused;
    }

    /// <summary>Spaces and dashes people type or paste are not part of an authenticator code; recovery codes are upper case.</summary>
    private static string Normalise(string? code, bool isRecoveryCode)
    {
        var text = (code ?? "").Trim().Replace(" ", "", StringComparison.Ordinal);
        if (!isRecoveryCode)
        {
            return text.Replace("-", "", StringComparison.Ordinal);
        }

        // Identity's recovery codes read XXXXX-XXXXX; the dash may be left out.
        text = text.ToUpperInvariant();
        return text.Length == 10 && !text.Contains('-', StringComparison.Ordinal) ? $"{text[..5]}-{text[5..]}" : text;
    }
}
