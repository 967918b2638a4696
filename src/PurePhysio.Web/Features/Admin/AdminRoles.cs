namespace PurePhysio.Web.Features.Admin;

public static class AdminRoles
{
    /// <summary>Everything: content, enquiries (health data), staff accounts, audit log.</summary>
    public const string Admin = "Admin";

    /// <summary>Content only: conditions, pages, testimonials, hours, closures, clinic settings.</summary>
    public const string Editor = "Editor";

    public static readonly IReadOnlyList<string> All = [Admin, Editor];
}

internal static class AdminPolicies
{
    /// <summary>Any signed-in, enabled member of staff (Admin or Editor).</summary>
    public const string Staff = "Staff";

    /// <summary>Admins only: staff accounts, the audit log and enquiries.</summary>
    public const string AdminOnly = "AdminOnly";
}
