using System.ComponentModel.DataAnnotations;

namespace PurePhysio.Web.Features.Admin;

/// <summary>Sign-in protection (<c>Admin:SignIn</c>). See docs/adr/0016-staff-account-security.md.</summary>
public sealed class StaffSignInOptions
{
    public const string SectionName = "Admin:SignIn";

    /// <summary>Wrong passwords (or codes) in a row from one client for one address before that pair is locked.</summary>
    [Range(1, 100)]
    public int MaxFailedAttempts { get; set; } = 5;

    /// <summary>How long a locked (address, client) pair stays locked; failures older than this are forgotten.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan LockoutDuration { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Posts to sign-in, the second step, forgot and reset password allowed per client IP address per window.</summary>
    [Range(1, 100_000)]
    public int RateLimitPermits { get; set; } = 10;

    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan RateLimitWindow { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How long a password reset link works (Identity's data protection token lifespan).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan ResetLinkLifetime { get; set; } = TimeSpan.FromHours(1);
}
