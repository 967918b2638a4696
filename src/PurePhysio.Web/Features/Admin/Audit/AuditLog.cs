using System.Security.Claims;
using PurePhysio.Web.Data;
using PurePhysio.Web.Domain;

namespace PurePhysio.Web.Features.Admin.Audit;

internal static class AuditActions
{
    public const string SignIn = "sign-in";
    public const string SignInFailed = "sign-in.failed";
    public const string LockedOut = "sign-in.locked-out";
    public const string SignInRefused = "sign-in.disabled";
    public const string SignOut = "sign-out";
    public const string SignInThrottled = "sign-in.throttled";
    public const string SecondFactorFailed = "sign-in.second-factor-failed";
    public const string PasswordChanged = "user.password-changed";
    public const string PasswordResetRequested = "user.password-reset-requested";
    public const string PasswordResetByLink = "user.password-reset-by-link";
    public const string TwoFactorEnabled = "user.two-factor-enabled";
    public const string TwoFactorDisabled = "user.two-factor-disabled";
    public const string RecoveryCodesReset = "user.recovery-codes-reset";
    public const string StaffSecurityUpdated = "staff-security.updated";
    public const string ContentCreated = "content.created";
    public const string ContentUpdated = "content.updated";
    public const string ContentRestored = "content.restored";
    public const string ContentDeleted = "content.deleted";
    public const string ContentPublished = "content.published";
    public const string ContentUnpublished = "content.unpublished";
    public const string DraftSaved = "content.draft-saved";
    public const string DraftScheduled = "content.draft-scheduled";
    public const string DraftDiscarded = "content.draft-discarded";
    public const string DraftScheduleFailed = "content.draft-schedule-failed";
    public const string ContentSubmitted = "content.submitted";
    public const string ContentApproved = "content.approved";
    public const string ContentSentBack = "content.sent-back";
    public const string ContentReviewedNoChanges = "content.reviewed-no-changes";
    public const string SettingsUpdated = "settings.updated";
    public const string SynonymsUpdated = "search.synonyms.updated";
    public const string UserCreated = "user.created";
    public const string UserRoleChanged = "user.role-changed";
    public const string UserDisabled = "user.disabled";
    public const string UserEnabled = "user.enabled";
    public const string UserPasswordReset = "user.password-reset";
    public const string UserProfileLinked = "user.profile-linked";
    public const string EnquiryViewed = "enquiry.viewed";
    public const string EnquiryUpdated = "enquiry.updated";
    public const string EnquiryMailRetried = "enquiry.mail-retried";
    public const string EnquiriesExported = "enquiry.exported";
    public const string EnquiryDeleted = "enquiry.deleted";
    public const string EnquiriesPurged = "enquiry.purged";
}

/// <summary>
/// Writes the audit log. The event is added to the caller's <see cref="ClinicDbContext"/>, so it is
/// saved in the same SaveChanges as the change it describes (or call <see cref="RecordNowAsync"/>).
/// Never put enquiry content or other health data in <c>details</c>.
/// </summary>
public sealed class AuditLog(ClinicDbContext db, TimeProvider time, IHttpContextAccessor http)
{
    public void Add(string action, string target, string details = "", string? email = null, string? userId = null)
    {
        var user = http.HttpContext?.User;
        db.AuditEvents.Add(new AuditEvent
        {
            OccurredAt = time.GetUtcNow(),
            UserId = userId ?? user?.FindFirstValue(ClaimTypes.NameIdentifier),
            UserEmail = Truncate(email ?? user?.FindFirstValue(ClaimTypes.Email) ?? user?.Identity?.Name ?? "", 256),
            Action = action,
            Target = Truncate(target, AuditEvent.TargetMaxLength),
            Details = Truncate(details, AuditEvent.DetailsMaxLength),
        });
    }

    public async Task RecordNowAsync(string action, string target, string details = "", string? email = null, string? userId = null,
        CancellationToken cancellationToken = default)
    {
        Add(action, target, details, email, userId);
        await db.SaveChangesAsync(cancellationToken);
    }

    private static string Truncate(string value, int max) => value.Length <= max ? value : value[..max];
}
