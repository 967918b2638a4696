using Microsoft.EntityFrameworkCore;
using PurePhysio.Web.Data;
using PurePhysio.Web.Domain;
using PurePhysio.Web.Features.Admin.Audit;

namespace PurePhysio.Web.Features.Admin.Users;

public sealed class RequireTwoFactor(ClinicDbContext db, AuditLog audit)
{
    /// <summary>Whether every member of staff must sign in with an authenticator app (those without one are sent to set it up).</summary>
    public async Task HandleAsync(bool require)
    {
        var policy = await db.StaffSecurityPolicies.OrderBy(p => p.Id).FirstOrDefaultAsync();
        if (policy is null)
        {
            policy = new StaffSecurityPolicy();
            db.StaffSecurityPolicies.Add(policy);
        }

        policy.RequireTwoFactor = require;
        audit.Add(AuditActions.StaffSecurityUpdated, "Staff security", require ? "Two-factor sign-in required for all staff" : "Two-factor sign-in optional");
        await db.SaveChangesAsync();
    }

}
