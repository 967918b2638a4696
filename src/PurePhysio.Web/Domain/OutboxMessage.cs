namespace PurePhysio.Web.Domain;

/// <summary>
/// An email waiting to be sent, stored in the same transaction as the <see cref="Enquiry"/> it belongs
/// to so that an accepted enquiry always has its mail (staff account mail, such as a password reset
/// link, belongs to no enquiry). A background worker claims due messages with a
/// lease and records each attempt here.
/// </summary>
public class OutboxMessage
{
    public const int AddressMaxLength = 1000;
    public const int SubjectMaxLength = 200;
    public const int MessageIdMaxLength = 200;
    public const int LastErrorMaxLength = 1000;
    public const int LeaseOwnerMaxLength = 100;

    public int Id { get; set; }
    public OutboxMessageKind Kind { get; set; }

    /// <summary>The enquiry the message is about; null for staff mail about no enquiry (a password reset, reviews and reminders).</summary>
    public int? EnquiryId { get; set; }

    /// <summary>Recipients, comma-separated RFC 5322 addresses.</summary>
    public required string To { get; set; }

    public string ReplyTo { get; set; } = "";
    public required string Subject { get; set; }
    public required string TextBody { get; set; }

    /// <summary>Generated once when the message is created, so a resend is recognisable as the same mail.</summary>
    public required string MessageId { get; set; }

    public OutboxMessageStatus Status { get; set; } = OutboxMessageStatus.Pending;
    public int Attempts { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset NextAttemptAt { get; set; }
    public DateTimeOffset? LastAttemptAt { get; set; }
    public string? LastError { get; set; }

    /// <summary>The worker that has claimed the message, until <see cref="LeaseUntil"/>.</summary>
    public string? LeaseOwner { get; set; }

    public DateTimeOffset? LeaseUntil { get; set; }
    public DateTimeOffset? SentAt { get; set; }
}

public enum OutboxMessageKind
{
    StaffNotification = 0,
    PatientAcknowledgement = 1,

    /// <summary>To reviewers: content was submitted for clinical review.</summary>
    ReviewRequested = 2,

    /// <summary>To the author: their content was approved or sent back.</summary>
    ReviewOutcome = 3,

    /// <summary>To a reviewer, once a week: the articles due for clinical review.</summary>
    ReviewReminder = 4,

    /// <summary>A link to choose a new staff password; its body holds a single-use token, so it is never shown in the admin area.</summary>
    StaffPasswordReset = 5,
}

public enum OutboxMessageStatus
{
    /// <summary>Waiting for its next attempt (<see cref="OutboxMessage.NextAttemptAt"/>).</summary>
    Pending = 0,

    /// <summary>Claimed by a worker whose lease has not yet run out.</summary>
    Sending = 1,

    Sent = 2,

    /// <summary>Rejected permanently (e.g. SMTP 5xx) or given up; staff can retry it.</summary>
    Failed = 3,
}
