using Microsoft.AspNetCore.Identity;

namespace PurePhysio.Web.Domain;

/// <summary>A member of staff who signs in to the admin area.</summary>
public class StaffUser : IdentityUser
{
    public string DisplayName { get; set; } = "";

    /// <summary>When an Admin disabled the account; a disabled account cannot sign in.</summary>
    public DateTimeOffset? DisabledAt { get; set; }

    /// <summary>
    /// The password was set by an Admin (a temporary one given in person): after signing in, the member of staff
    /// chooses their own before anything else in the admin area.
    /// </summary>
    public bool MustChangePassword { get; set; }

    /// <summary>The team profile of a Clinician: articles they approve say "Reviewed by" that profile.</summary>
    public int? PractitionerId { get; set; }
}
