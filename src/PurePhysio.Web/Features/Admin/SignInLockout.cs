using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PurePhysio.Web.Data;
using PurePhysio.Web.Domain;

namespace PurePhysio.Web.Features.Admin;

/// <summary>
/// Locks sign-in for one (address, client) pair after <see cref="StaffSignInOptions.MaxFailedAttempts"/> failures in
/// a row, instead of Identity's lockout of the whole account: an outsider who types wrong passwords for a staff
/// address locks only themselves out, and the owner signs in from their own client. Counts live in the database
/// (<see cref="SignInThrottle"/>) and change with single conditional UPDATEs, so every app instance sees and
/// moves the same count. The same work is done whether the address is an account or not.
/// </summary>
public sealed class SignInLockout(ClinicDbContext db, TimeProvider time, IOptions<StaffSignInOptions> options)
{
    private readonly StaffSignInOptions _options = options.Value;

    /// <summary>The key of an address typed on a form: trimmed and upper case, as Identity normalises emails.</summary>
    public static string AccountKey(string email)
    {
        var key = email.Trim().ToUpperInvariant();
        return key.Length <= SignInThrottle.AccountMaxLength ? key : key[..SignInThrottle.AccountMaxLength];
    }

    /// <summary>The client a request comes from: its IP address (behind a proxy, the proxy must forward it).</summary>
    public static string ClientKey(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    /// <summary>Until when the pair is locked, or null when it may try.</summary>
    public async Task<DateTimeOffset?> LockedUntilAsync(string account, string client, SignInStep step, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        var until = await db.SignInThrottles.AsNoTracking()
            .Where(t => t.Account == account && t.Client == client && t.Step == step)
            .Select(t => t.LockedUntil)
            .FirstOrDefaultAsync(cancellationToken);
        return until > now ? until : null;
    }

    /// <summary>Counts a failure; true when it is the one that locks the pair (the caller audits it).</summary>
    public async Task<bool> RecordFailureAsync(string account, string client, SignInStep step, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        var forgetBefore = now - _options.LockoutDuration;
        for (var attempt = 0; ; attempt++)
        {
            // One UPDATE: concurrent failures from several instances each add one. A run of failures that ended long
            // ago starts again from one.
            var updated = await Pair(account, client, step).ExecuteUpdateAsync(s => s
                .SetProperty(t => t.Failures, t => t.LastFailureAt < forgetBefore ? 1 : t.Failures + 1)
                .SetProperty(t => t.LastFailureAt, now), cancellationToken);
            if (updated > 0)
            {
                break;
            }

            db.SignInThrottles.Add(new SignInThrottle { Account = account, Client = client, Step = step, Failures = 1, LastFailureAt = now });
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                break;
            }
            catch (DbUpdateException) when (attempt == 0)
            {
                // Another instance inserted the row first (unique index): count on its row.
                db.ChangeTracker.Clear();
            }
        }

        // Only the request whose UPDATE finds the count at the limit locks the pair (and is the one to audit it).
        var max = _options.MaxFailedAttempts;
        var lockedUntil = now + _options.LockoutDuration;
        var locked = await Pair(account, client, step)
            .Where(t => t.Failures >= max)
            .ExecuteUpdateAsync(s => s
                .SetProperty(t => t.Failures, 0)
                .SetProperty(t => t.LockedUntil, (DateTimeOffset?)lockedUntil), cancellationToken);
        await ForgetOldAsync(now, cancellationToken);
        return locked > 0;
    }

    /// <summary>A success from this client: its count starts again (other clients' counts are theirs).</summary>
    public Task ClearAsync(string account, string client, SignInStep step, CancellationToken cancellationToken = default) =>
        Pair(account, client, step).ExecuteDeleteAsync(cancellationToken);

    /// <summary>A new password (reset by the owner or an Admin) lifts every lock on the account.</summary>
    public Task ClearAccountAsync(string account, CancellationToken cancellationToken = default) =>
        db.SignInThrottles.Where(t => t.Account == account).ExecuteDeleteAsync(cancellationToken);

    /// <summary>How many clients are locked out of the account now (for the staff accounts list).</summary>
    public Task<int> LockedClientsAsync(string account, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        return db.SignInThrottles.AsNoTracking().CountAsync(t => t.Account == account && t.LockedUntil > now, cancellationToken);
    }

    private IQueryable<SignInThrottle> Pair(string account, string client, SignInStep step) =>
        db.SignInThrottles.Where(t => t.Account == account && t.Client == client && t.Step == step);

    /// <summary>Rows with nothing left to remember (the table does not grow with every address ever typed).</summary>
    private Task<int> ForgetOldAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var staleBefore = now - _options.LockoutDuration - TimeSpan.FromDays(1);
        return db.SignInThrottles
            .Where(t => t.LastFailureAt < staleBefore && (t.LockedUntil == null || t.LockedUntil < now))
            .ExecuteDeleteAsync(cancellationToken);
    }
}
