using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using PurePhysio.Web.Domain;

namespace PurePhysio.Web.Features.Admin;

/// <summary>
/// Identity's sign-in manager, plus: a disabled account cannot sign in, and the two steps of signing in run after
/// checks of our own (the password at equal cost for every address, <see cref="SignInLockout"/> per address and
/// client) instead of Identity's account-wide lockout, which lets anyone lock a member of staff out.
/// </summary>
public sealed class StaffSignInManager(
    UserManager<StaffUser> userManager,
    IHttpContextAccessor contextAccessor,
    IUserClaimsPrincipalFactory<StaffUser> claimsFactory,
    IOptions<IdentityOptions> optionsAccessor,
    ILogger<SignInManager<StaffUser>> logger,
    IAuthenticationSchemeProvider schemes,
    IUserConfirmation<StaffUser> confirmation)
    : SignInManager<StaffUser>(userManager, contextAccessor, claimsFactory, optionsAccessor, logger, schemes, confirmation)
{
    public override async Task<bool> CanSignInAsync(StaffUser user) =>
        user.DisabledAt is null && await base.CanSignInAsync(user);

    // The security stamp check re-reads the user every few minutes; a disabled account loses its session then.
    public override async Task<StaffUser?> ValidateSecurityStampAsync(ClaimsPrincipal? principal)
    {
        var user = await base.ValidateSecurityStampAsync(principal);
        return user is { DisabledAt: null } ? user : null;
    }

    /// <summary>
    /// After the password was checked: signs in, or, for an account with an authenticator app, starts the second
    /// step (Identity's short-lived two-factor cookie) and answers <see cref="SignInResult.RequiresTwoFactor"/>.
    /// </summary>
    public Task<SignInResult> SignInAfterPasswordAsync(StaffUser user) => SignInOrTwoFactorAsync(user, isPersistent: false);

    /// <summary>After the second factor was checked: ends the two-factor cookie and signs in, marked as multi-factor.</summary>
    public async Task SignInAfterSecondFactorAsync(StaffUser user)
    {
        await Context.SignOutAsync(IdentityConstants.TwoFactorUserIdScheme);
        await SignInWithClaimsAsync(user, isPersistent: false, [new Claim("amr", "mfa")]);
    }
}
