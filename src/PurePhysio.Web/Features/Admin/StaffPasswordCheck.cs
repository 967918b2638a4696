using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using PurePhysio.Web.Domain;

namespace PurePhysio.Web.Features.Admin;

/// <summary>
/// Checks a typed password at the same cost whether or not the address belongs to an enabled account: for no
/// account it verifies against a dummy hash made by the same <see cref="IPasswordHasher{TUser}"/>, so a sign-in
/// answer takes about as long either way and its time does not tell who is staff.
/// </summary>
public sealed class StaffPasswordCheck(UserManager<StaffUser> users, IPasswordHasher<StaffUser> hasher)
{
    private static readonly StaffUser Nobody = new() { UserName = "nobody", Email = "nobody@invalid" };
    private static readonly Lock DummyLock = new();
    private static string? _dummyHash;

    /// <summary>True when <paramref name="user"/> exists and the password is its own; one password hash is computed either way.</summary>
    public async Task<bool> IsRightAsync(StaffUser? user, string password)
    {
        if (user is not null)
        {
            // UserManager verifies with the same hasher (and rehashes an old-format hash after a success).
            return await users.CheckPasswordAsync(user, password);
        }

        hasher.VerifyHashedPassword(Nobody, DummyHash(), password);
        return false;
    }

    private string DummyHash()
    {
        lock (DummyLock)
        {
            // Hashed once per process with the app's own hasher settings (iterations), from a random password.
            return _dummyHash ??= hasher.HashPassword(Nobody, Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));
        }
    }
}
