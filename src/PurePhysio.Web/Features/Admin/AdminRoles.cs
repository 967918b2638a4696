namespace PurePhysio.Web.Features.Admin;

internal static class AdminRoles
{
    /// <summary>Everything: content, enquiries (health data), staff accounts, audit log.</summary>
    public const string Admin = "Admin";

    /// <summary>Content only: conditions, pages, testimonials, hours, closures; writes and submits articles for review.</summary>
    public const string Editor = "Editor";

    /// <summary>What an Editor does, and reviews the clinical accuracy of articles: approves them or sends them back.</summary>
    public const string Clinician = "Clinician";

    public static readonly IReadOnlyList<string> All = [Admin, Editor, Clinician];
}

internal static class AdminPolicies
{
    /// <summary>Any signed-in, enabled member of staff (Admin, Editor or Clinician).</summary>
    public const string Staff = "Staff";

    /// <summary>Admins only: staff accounts, the audit log and enquiries.</summary>
    public const string AdminOnly = "AdminOnly";

    /// <summary>Who may approve content or send it back: Clinicians and Admins.</summary>
    public const string Reviewers = "Reviewers";
}
