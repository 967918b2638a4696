using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PurePhysio.Web.Data;
using PurePhysio.Web.Domain;

namespace PurePhysio.Web.Features.Admin.Enquiries;

internal sealed record EnquiryListItem(int Id, string Reference, DateTimeOffset CreatedAt, string Name, string Reason, EnquiryStatus Status, bool HasFailedMail);

internal sealed record EnquiryListViewModel(IReadOnlyList<EnquiryListItem> Enquiries, EnquiryStatus? Status, string? Query, int Page, bool HasNext, int RetentionMonths);

/// <summary>One page of the inbox, newest first, with whether any of an enquiry's mail failed. Enquiry content is health data: shown to Admins, never logged.</summary>
public sealed class ListEnquiries(ClinicDbContext db, IOptions<EnquiryRetentionOptions> retention)
{
    public const int PageSize = 50;

    internal async Task<EnquiryListViewModel> HandleAsync(EnquiryStatus? status, string? query, int page, CancellationToken cancellationToken)
    {
        page = Math.Max(1, page);
        var rows = await EnquiryFilter.Apply(db.Enquiries.AsNoTracking(), status, query)
            .OrderByDescending(e => e.Id)
            .Skip((page - 1) * PageSize).Take(PageSize + 1)
            .Select(e => new EnquiryListItem(e.Id, e.Reference, e.CreatedAt, e.Name, e.Reason, e.Status,
                e.OutboxMessages.Any(m => m.Status == OutboxMessageStatus.Failed)))
            .ToListAsync(cancellationToken);
        return new EnquiryListViewModel(rows.Take(PageSize).ToList(), status, query, page, rows.Count > PageSize, retention.Value.RetentionMonths);
    }
}
