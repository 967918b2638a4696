using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using PurePhysio.Web.Data;
using PurePhysio.Web.Domain;
using PurePhysio.Web.Features.Admin.Audit;

namespace PurePhysio.Web.Features.Admin.Account;

public sealed class TwoFactorViewModel
{
    public bool IsEnabled { get; set; }
    public int RecoveryCodesLeft { get; set; }
    public bool IsRequiredByClinic { get; set; }

    /// <summary>The shared key in groups of four, to type into an app that cannot scan.</summary>
    public string SharedKey { get; set; } = "";

    /// <summary>The otpauth:// address the QR code holds.</summary>
    public string AuthenticatorUri { get; set; } = "";

    [System.ComponentModel.DataAnnotations.Display(Name = "Code from your authenticator app")]
    public string? Code { get; set; }
}

public sealed record RecoveryCodesViewModel(IReadOnlyList<string> Codes, bool JustEnabled);

/// <summary>
/// Setting up an authenticator app (TOTP, RFC 6238) with ASP.NET Core Identity's authenticator key, turning it off,
/// and new recovery codes. Each change renews the session with the new security stamp and is audited.
/// </summary>
public sealed class Authenticator(UserManager<StaffUser> users, StaffSignInManager signIn, ClinicDbContext db, AuditLog audit, UrlEncoder urlEncoder)
{
    public const string Issuer = "Pure Physiotherapy admin";
    private const int RecoveryCodeCount = 10;

    public async Task<TwoFactorViewModel?> LoadAsync(System.Security.Claims.ClaimsPrincipal principal)
    {
        var user = await users.GetUserAsync(principal);
        return user is null ? null : await ModelForAsync(user);
    }

    public async Task<(FormOutcome Outcome, TwoFactorViewModel? Form, RecoveryCodesViewModel? Codes)> EnableAsync(
        System.Security.Claims.ClaimsPrincipal principal, string? code, ModelStateDictionary errors)
    {
        var user = await users.GetUserAsync(principal);
        if (user?.Email is null)
        {
            return (FormOutcome.NotFound, null, null);
        }

        var entered = (code ?? "").Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        if (entered.Length == 0)
        {
            errors.AddModelError(nameof(TwoFactorViewModel.Code), "Enter the 6-digit code your authenticator app shows.");
        }
        else if (!await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, entered))
        {
            errors.AddModelError(nameof(TwoFactorViewModel.Code),
                "That code is not right. Check that the app shows the code for Pure Physiotherapy admin and enter the one it shows now.");
        }

        if (!errors.IsValid)
        {
            return (FormOutcome.Invalid, await ModelForAsync(user), null);
        }

        await users.SetTwoFactorEnabledAsync(user, true);
        var codes = (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount))?.ToList() ?? [];
        await signIn.RefreshSignInAsync(user);
        await audit.RecordNowAsync(AuditActions.TwoFactorEnabled, user.Email, "Authenticator app set up; new recovery codes", email: user.Email, userId: user.Id);
        return (FormOutcome.Saved, null, new RecoveryCodesViewModel(codes, JustEnabled: true));
    }

    public async Task<RecoveryCodesViewModel?> NewRecoveryCodesAsync(System.Security.Claims.ClaimsPrincipal principal)
    {
        var user = await users.GetUserAsync(principal);
        if (user?.Email is null || !user.TwoFactorEnabled)
        {
            return null;
        }

        var codes = (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount))?.ToList() ?? [];
        await audit.RecordNowAsync(AuditActions.RecoveryCodesReset, user.Email, "New recovery codes; the old ones no longer work", email: user.Email, userId: user.Id);
        return new RecoveryCodesViewModel(codes, JustEnabled: false);
    }

    /// <summary>Turns two-factor off and forgets the key, so the old app's codes never work again; a new set-up starts from a new key.</summary>
    public async Task<bool> DisableAsync(System.Security.Claims.ClaimsPrincipal principal)
    {
        var user = await users.GetUserAsync(principal);
        if (user?.Email is null)
        {
            return false;
        }

        await users.SetTwoFactorEnabledAsync(user, false);
        await users.ResetAuthenticatorKeyAsync(user);
        await signIn.RefreshSignInAsync(user);
        await audit.RecordNowAsync(AuditActions.TwoFactorDisabled, user.Email, "Turned off by the account's owner", email: user.Email, userId: user.Id);
        return true;
    }

    private async Task<TwoFactorViewModel> ModelForAsync(StaffUser user)
    {
        var model = new TwoFactorViewModel
        {
            IsEnabled = user.TwoFactorEnabled,
            IsRequiredByClinic = await db.StaffSecurityPolicies.AsNoTracking().AnyAsync(p => p.RequireTwoFactor),
        };
        if (model.IsEnabled)
        {
            model.RecoveryCodesLeft = await users.CountRecoveryCodesAsync(user);
            return model;
        }

        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            await users.ResetAuthenticatorKeyAsync(user);
            // The key change moved the security stamp: renew the session so it is not ended at the next check.
            await signIn.RefreshSignInAsync(user);
            key = await users.GetAuthenticatorKeyAsync(user) ?? "";
        }

        model.SharedKey = Grouped(key);
        model.AuthenticatorUri = $"otpauth://totp/{urlEncoder.Encode(Issuer)}:{urlEncoder.Encode(user.Email!)}?secret={key}&issuer={urlEncoder.Encode(Issuer)}&digits=6";
        return model;
    }

    private static string Grouped(string key)
    {
        var text = new StringBuilder();
        for (var i = 0; i < key.Length; i += 4)
        {
            text.Append(key.AsSpan(i, Math.Min(4, key.Length - i))).Append(' ');
        }

        return text.ToString().TrimEnd().ToLowerInvariant();
    }
}
