using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using PurePhysio.Web.Data;
using PurePhysio.Web.Domain;

namespace PurePhysio.Web.Features.Admin.Users;

public sealed record StaffListItem(string Id, string Email, string DisplayName, string Role, bool IsDisabled, bool IsLockedOut, bool TwoFactorEnabled);

public sealed record StaffListViewModel(IReadOnlyList<StaffListItem> Staff, bool RequireTwoFactor);

/// <summary>Every staff account with its role, whether it is disabled, paused for some client or uses two-factor; and the two-factor policy.</summary>
public sealed class ListStaff(UserManager<StaffUser> users, ClinicDbContext db, TimeProvider time)
{
    public async Task<StaffListViewModel> HandleAsync()
    {
        var all = await users.Users.AsNoTracking().OrderBy(u => u.Email).ToListAsync();
        var now = time.GetUtcNow();
        // Which addresses some client is locked out of now (per address and client, ADR 0016).
        var locked = (await db.SignInThrottles.AsNoTracking().Where(t => t.LockedUntil > now).Select(t => t.Account).Distinct().ToListAsync()).ToHashSet();
        var items = new List<StaffListItem>();
        foreach (var u in all)
        {
            var roles = await users.GetRolesAsync(u);
            items.Add(new StaffListItem(u.Id, u.Email ?? "", u.DisplayName, string.Join(", ", roles), u.DisabledAt is not null,
                locked.Contains(SignInLockout.AccountKey(u.Email ?? "")), u.TwoFactorEnabled));
        }

        var policy = await db.StaffSecurityPolicies.AsNoTracking().OrderBy(p => p.Id).FirstOrDefaultAsync();
        return new StaffListViewModel(items, policy?.RequireTwoFactor == true);
    }

}
