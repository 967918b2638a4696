using System.Security.Claims;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MimeKit;
using MimeKit.Utils;
using PurePhysio.Web.Data;
using PurePhysio.Web.Domain;
using PurePhysio.Web.Email;
using PurePhysio.Web.Features.Admin.Audit;

namespace PurePhysio.Web.Features.Admin.Content;

/// <summary>
/// Clinical review of an item's pending change (its draft, or an unpublished item as it is): submitting it,
/// approving it, sending it back with a comment. Each step is recorded on the draft row with the audit event
/// and the mail it causes (to the reviewers, or to the author) in one save, through the outbox.
/// </summary>
public sealed class ContentReview<TEntity, TSnapshot>(
    ContentKind<TEntity> kind, ClinicDbContext db, AuditLog audit, IHttpContextAccessor http, TimeProvider time, IOptions<MailOptions> mail,
    OutboxSignal outbox)
    where TEntity : class, IVersionedContent
    where TSnapshot : class, IContentSnapshot<TSnapshot, TEntity>
{
    public async Task<ContentActionResult?> SubmitAsync(int id, int draftVersion, string editUrl, CancellationToken cancellationToken)
    {
        var (entity, draft, problem) = await PendingAsync(id, draftVersion, createForUnpublished: true, cancellationToken);
        if (entity is null || draft is null)
        {
            return problem;
        }

        var (userId, email) = CurrentUser();
        var now = time.GetUtcNow();
        draft.ReviewStatus = ReviewStatus.Submitted;
        draft.SubmittedAt = now;
        draft.SubmittedByUserId = userId;
        draft.SubmittedByEmail = email;
        draft.ReviewedAt = null;
        draft.ReviewedByUserId = null;
        draft.ReviewedByEmail = "";
        draft.ReviewComment = "";
        draft.Version++;
        audit.Add(AuditActions.ContentSubmitted, Target(entity));

        var reviewers = await ReviewerAddressesAsync(userId, cancellationToken);
        if (reviewers.Count > 0)
        {
            db.OutboxMessages.Add(Mail(OutboxMessageKind.ReviewRequested, reviewers,
                $"For review: {entity.Title}",
                new StringBuilder()
                    .AppendLine($"{email} has submitted the {kind.PublicNoun} “{entity.Title}” for clinical review.")
                    .AppendLine()
                    .AppendLine($"Review it, then approve it or send it back with a comment: {editUrl}")
                    .ToString()));
        }

        return await SaveAsync(reviewers.Count > 0
            ? $"Submitted for review. The reviewers ({reviewers.Count}) have been emailed."
            : "Submitted for review. No Clinician account exists yet to email: an Admin can add one.", cancellationToken);
    }

    public async Task<ContentActionResult?> ApproveAsync(int id, int draftVersion, string editUrl, CancellationToken cancellationToken)
    {
        var (entity, draft, problem) = await PendingAsync(id, draftVersion, createForUnpublished: true, cancellationToken);
        if (entity is null || draft is null)
        {
            return problem;
        }

        Decide(draft, ReviewStatus.Approved, "");
        audit.Add(AuditActions.ContentApproved, Target(entity));
        NotifyAuthor(draft, $"Approved: {entity.Title}", new StringBuilder()
            .AppendLine($"{draft.ReviewedByEmail} approved the {kind.PublicNoun} “{entity.Title}”. It can now be published.")
            .AppendLine()
            .AppendLine(editUrl)
            .ToString());
        return await SaveAsync("Approved. It can now be published.", cancellationToken);
    }

    public async Task<ContentActionResult?> SendBackAsync(int id, int draftVersion, string? comment, string editUrl, CancellationToken cancellationToken)
    {
        comment = comment?.Trim() ?? "";
        if (comment.Length == 0 || comment.Length > ContentDraft.ReviewCommentMaxLength)
        {
            return new ContentActionResult(comment.Length == 0
                ? "Write a comment for the author: what needs to change. Nothing was sent back."
                : $"Keep the comment under {ContentDraft.ReviewCommentMaxLength} characters. Nothing was sent back.");
        }

        var (entity, draft, problem) = await PendingAsync(id, draftVersion, createForUnpublished: true, cancellationToken);
        if (entity is null || draft is null)
        {
            return problem;
        }

        Decide(draft, ReviewStatus.ChangesRequested, comment);
        audit.Add(AuditActions.ContentSentBack, Target(entity), comment);
        NotifyAuthor(draft, $"Changes requested: {entity.Title}", new StringBuilder()
            .AppendLine($"{draft.ReviewedByEmail} sent the {kind.PublicNoun} “{entity.Title}” back with this comment:")
            .AppendLine()
            .AppendLine(comment)
            .AppendLine()
            .AppendLine($"Change it and submit it again: {editUrl}")
            .ToString());
        return await SaveAsync("Sent back to the author with your comment.", cancellationToken);
    }

    private void Decide(ContentDraft draft, ReviewStatus status, string comment)
    {
        var (userId, email) = CurrentUser();
        draft.ReviewStatus = status;
        draft.ReviewedAt = time.GetUtcNow();
        draft.ReviewedByUserId = userId;
        draft.ReviewedByEmail = email;
        draft.ReviewComment = comment;
        draft.Version++;
    }

    /// <summary>Mail to whoever wrote or submitted the change (not to the reviewer themselves).</summary>
    private void NotifyAuthor(ContentDraft draft, string subject, string body)
    {
        var author = !string.IsNullOrEmpty(draft.SubmittedByEmail) ? draft.SubmittedByEmail : draft.AuthorEmail;
        if (author.Length > 0 && !string.Equals(author, draft.ReviewedByEmail, StringComparison.OrdinalIgnoreCase))
        {
            db.OutboxMessages.Add(Mail(OutboxMessageKind.ReviewOutcome, [author], subject, body));
        }
    }

    /// <summary>The item and its pending change (a review-only row is made for an unpublished item); or why there is nothing to review.</summary>
    private async Task<(TEntity? Entity, ContentDraft? Draft, ContentActionResult? Problem)> PendingAsync(int id, int draftVersion, bool createForUnpublished,
        CancellationToken cancellationToken)
    {
        var entity = await db.Set<TEntity>().AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, cancellationToken);
        if (entity is null)
        {
            return (null, null, null);
        }

        var contentType = kind.ContentType;
        var draft = await db.ContentDrafts.FirstOrDefaultAsync(d => d.ContentType == contentType && d.ContentId == id, cancellationToken);
        if ((draft?.Version ?? 0) != draftVersion)
        {
            return (null, null, new ContentActionResult("It changed since you opened it. Nothing was done; look at it again."));
        }

        if (draft is null || (draft.Snapshot is null && entity.IsPublished))
        {
            if (entity.IsPublished || !createForUnpublished)
            {
                return (null, null, new ContentActionResult($"There is no change to review: the {kind.PublicNoun} is published as it is. Save a draft first."));
            }

            var (userId, email) = CurrentUser();
            draft ??= db.ContentDrafts.Add(new ContentDraft
            {
                ContentType = kind.ContentType, ContentId = id, CreatedAt = time.GetUtcNow(), UpdatedAt = time.GetUtcNow(), AuthorUserId = userId, AuthorEmail = email,
            }).Entity;
        }

        return (entity, draft, null);
    }

    private async Task<ContentActionResult> SaveAsync(string message, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return new ContentActionResult("Someone changed it at the same moment. Nothing was done; look at it again.");
        }

        outbox.Notify();
        return new ContentActionResult(message);
    }

    /// <summary>Every enabled Clinician's address, but not the submitter's own.</summary>
    private async Task<IReadOnlyList<string>> ReviewerAddressesAsync(string? submitterId, CancellationToken cancellationToken)
    {
        var clinicians = await (
                from user in db.Users.AsNoTracking()
                join link in db.UserRoles on user.Id equals link.UserId
                join role in db.Roles on link.RoleId equals role.Id
                where role.Name == AdminRoles.Clinician && user.DisabledAt == null && user.Email != null && user.Id != submitterId
                select user.Email!)
            .Distinct()
            .ToListAsync(cancellationToken);
        return clinicians;
    }

    private OutboxMessage Mail(OutboxMessageKind mailKind, IReadOnlyList<string> to, string subject, string body)
    {
        var options = mail.Value;
        var now = time.GetUtcNow();
        var at = options.FromAddress.LastIndexOf('@');
        var domain = at >= 0 && at < options.FromAddress.Length - 1 ? options.FromAddress[(at + 1)..] : "purephysio.local";
        return new OutboxMessage
        {
            Kind = mailKind,
            To = string.Join(", ", to.Select(a => MailboxAddress.Parse(a).ToString())),
            Subject = subject.Length > OutboxMessage.SubjectMaxLength ? subject[..OutboxMessage.SubjectMaxLength] : subject,
            TextBody = body,
            MessageId = MimeUtils.GenerateMessageId(domain),
            CreatedAt = now,
            NextAttemptAt = now,
        };
    }

    private string Target(TEntity entity) => $"{kind.AuditName} {entity.Id}: {entity.Title}";

    private (string? UserId, string Email) CurrentUser()
    {
        var user = http.HttpContext?.User;
        return (user?.FindFirstValue(ClaimTypes.NameIdentifier), user?.Identity?.Name ?? "");
    }
}
