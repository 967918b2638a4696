namespace PurePhysio.Web.Domain;

/// <summary>
/// How staff must sign in, decided by an Admin. There is exactly one row. Kept apart from
/// <see cref="ClinicSettings"/>: nothing on the public site shows it, so saving it never touches the page cache.
/// </summary>
public class StaffSecurityPolicy
{
    public const int SingletonId = 1;

    public int Id { get; set; } = SingletonId;

    /// <summary>Every member of staff must set up an authenticator app before using the admin area.</summary>
    public bool RequireTwoFactor { get; set; }
}
