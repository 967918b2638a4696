using Microsoft.EntityFrameworkCore;
using PurePhysio.Web.Data;
using PurePhysio.Web.Domain;

namespace PurePhysio.Web.Features.Admin.Enquiries;

public sealed record EnquiryListItem(int Id, string Reference, DateTimeOffset CreatedAt, string Name, string Reason, EnquiryStatus Status, bool HasFailedMail);

internal sealed record EnquiryListViewModel(IReadOnlyList<EnquiryListItem> Enquiries, EnquiryStatus? Status, string? Query, int Page, bool HasNext, int RetentionMonths);

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

/// <summary>One row of the CSV export (everything staff need to follow up, nothing internal).</summary>
public sealed record EnquiryExportRow(string Reference, DateTimeOffset CreatedAt, EnquiryStatus Status, string Name, string Email, string Phone,
    ContactMethod PreferredContactMethod, string PreferredTimes, string Reason, string Message, DateTimeOffset ConsentGivenAt, string ConsentVersion, string SourcePage);

/// <summary>What the admin inbox reads. Enquiry content is health data: it is shown to Admins, never logged.</summary>
public sealed class EnquiryInbox(ClinicDbContext db)
{
    public const int PageSize = 50;

    private IQueryable<Enquiry> Filtered(EnquiryStatus? status, string? query)
    {
        var enquiries = db.Enquiries.AsNoTracking();
        if (status is { } s)
        {
            enquiries = enquiries.Where(e => e.Status == s);
        }

        if (!string.IsNullOrWhiteSpace(query))
        {
            var q = query.Trim();
            enquiries = enquiries.Where(e => e.Reference.Contains(q) || e.Name.Contains(q) || e.Email.Contains(q) || e.Phone.Contains(q)
                || e.Reason.Contains(q) || e.Message.Contains(q));
        }

        return enquiries;
    }

    public async Task<(IReadOnlyList<EnquiryListItem> Items, bool HasNext)> ListAsync(EnquiryStatus? status, string? query, int page,
        CancellationToken cancellationToken)
    {
        var rows = await Filtered(status, query)
            .OrderByDescending(e => e.Id)
            .Skip((page - 1) * PageSize).Take(PageSize + 1)
            .Select(e => new EnquiryListItem(e.Id, e.Reference, e.CreatedAt, e.Name, e.Reason, e.Status,
                e.OutboxMessages.Any(m => m.Status == OutboxMessageStatus.Failed)))
            .ToListAsync(cancellationToken);
        return (rows.Take(PageSize).ToList(), rows.Count > PageSize);
    }

    public async Task<IReadOnlyList<EnquiryExportRow>> ExportAsync(EnquiryStatus? status, string? query, CancellationToken cancellationToken) =>
        await Filtered(status, query)
            .OrderBy(e => e.Id)
            .Select(e => new EnquiryExportRow(e.Reference, e.CreatedAt, e.Status, e.Name, e.Email, e.Phone, e.PreferredContactMethod, e.PreferredTimes,
                e.Reason, e.Message, e.ConsentGivenAt, e.ConsentVersion, e.SourcePage))
            .ToListAsync(cancellationToken);

    public async Task<EnquiryDetailsViewModel?> FindAsync(int id, CancellationToken cancellationToken)
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
