namespace PurePhysio.Web.Domain;

/// <summary>
/// Failed sign-in attempts for one account (the address typed, normalised) from one client (its IP address), at
/// one step. Enough failures lock that pair only, so an outsider guessing from their own address never locks the
/// owner out. Rows live in the database so that every app instance counts the same attempts.
/// </summary>
public class SignInThrottle
{
    public const int AccountMaxLength = 256;
    public const int ClientMaxLength = 64;

    public long Id { get; set; }

    /// <summary>The normalised email address typed, whether or not it belongs to an account.</summary>
    public required string Account { get; set; }

    public required string Client { get; set; }
    public SignInStep Step { get; set; }

    /// <summary>Consecutive failures since the last lockout or success.</summary>
    public int Failures { get; set; }

    public DateTimeOffset LastFailureAt { get; set; }
    public DateTimeOffset? LockedUntil { get; set; }
}

public enum SignInStep
{
    Password = 0,

    /// <summary>The authenticator or recovery code after a correct password.</summary>
    SecondFactor = 1,
}
