using Microsoft.EntityFrameworkCore;
using PurePhysio.Web.Data;
using PurePhysio.Web.Domain;
using PurePhysio.Web.Features.Admin.Audit;

namespace PurePhysio.Web.Features.Admin.Enquiries;

public sealed record EnquiryMailItem(int Id, OutboxMessageKind Kind, string To, OutboxMessageStatus Status, int Attempts, DateTimeOffset? LastAttemptAt,
    DateTimeOffset? SentAt, DateTimeOffset NextAttemptAt, string? LastError);

public sealed record EnquiryNoteItem(string Text, DateTimeOffset CreatedAt, string UserEmail);

public sealed record EnquiryDetailsViewModel(
    int Id,
    string Reference,
    DateTimeOffset CreatedAt,
    string Name,
    string Email,
    string Phone,
    ContactMethod PreferredContactMethod,
    string PreferredTimes,
    string Reason,
    string Message,
    DateTimeOffset ConsentGivenAt,
    string ConsentVersion,
    string SourcePage,
    EnquiryStatus Status,
    IReadOnlyList<EnquiryMailItem> Mail,
    IReadOnlyList<EnquiryNoteItem> Notes);

/// <summary>One enquiry with its mail and notes. Reading it is recorded in the audit log (ids only, never content).</summary>
public sealed class ShowEnquiry(ClinicDbContext db, AuditLog audit)
{
    public async Task<EnquiryDetailsViewModel?> HandleAsync(int id, CancellationToken cancellationToken)
    {
        var model = await LoadAsync(id, cancellationToken);
        if (model is not null)
        {
            await audit.RecordNowAsync(AuditActions.EnquiryViewed, $"Enquiry {id} ({model.Reference})", cancellationToken: cancellationToken);
        }

        return model;
    }

    /// <summary>The page without an audit entry: shown again under a note that had problems (the view was recorded when it was opened).</summary>
    public async Task<EnquiryDetailsViewModel?> LoadAsync(int id, CancellationToken cancellationToken)
    {
        var e = await db.Enquiries.AsNoTracking().Include(x => x.OutboxMessages).AsSingleQuery().FirstOrDefaultAsync(x => x.Id == id, cancellationToken);
        if (e is null)
        {
            return null;
        }

        var notes = await db.EnquiryNotes.AsNoTracking().Where(n => n.EnquiryId == id).OrderBy(n => n.Id)
            .Select(n => new EnquiryNoteItem(n.Text, n.CreatedAt, n.UserEmail)).ToListAsync(cancellationToken);
        return new EnquiryDetailsViewModel(e.Id, e.Reference, e.CreatedAt, e.Name, e.Email, e.Phone, e.PreferredContactMethod, e.PreferredTimes,
            e.Reason, e.Message, e.ConsentGivenAt, e.ConsentVersion, e.SourcePage, e.Status,
            e.OutboxMessages.OrderBy(m => m.Kind).ThenBy(m => m.Id)
                .Select(m => new EnquiryMailItem(m.Id, m.Kind, m.To, m.Status, m.Attempts, m.LastAttemptAt, m.SentAt, m.NextAttemptAt, m.LastError)).ToList(),
            notes);
    }
}
