using System.Text;
using Microsoft.EntityFrameworkCore;
using PurePhysio.Web.Data;
using PurePhysio.Web.Domain;
using PurePhysio.Web.Features.Admin.Audit;
using PurePhysio.Web.Features.Admin.Content;

namespace PurePhysio.Web.Features.Admin.Enquiries;

/// <summary>One row of the CSV export (everything staff need to follow up, nothing internal).</summary>
internal sealed record EnquiryExportRow(string Reference, DateTimeOffset CreatedAt, EnquiryStatus Status, string Name, string Email, string Phone,
    ContactMethod PreferredContactMethod, string PreferredTimes, string Reason, string Message, DateTimeOffset ConsentGivenAt, string ConsentVersion, string SourcePage);

/// <summary>A CSV file to download.</summary>
public sealed record EnquiryExport(byte[] Bytes, string FileName);

/// <summary>CSV of the enquiries matching the inbox filter, with a byte order mark for spreadsheet programs; the export is audited.</summary>
public sealed class ExportEnquiries(ClinicDbContext db, AuditLog audit, ClinicTimeZone clinicZone, TimeProvider time)
{
    public async Task<EnquiryExport> HandleAsync(EnquiryStatus? status, string? query, CancellationToken cancellationToken)
    {
        var rows = await EnquiryFilter.Apply(db.Enquiries.AsNoTracking(), status, query)
            .OrderBy(e => e.Id)
            .Select(e => new EnquiryExportRow(e.Reference, e.CreatedAt, e.Status, e.Name, e.Email, e.Phone, e.PreferredContactMethod, e.PreferredTimes,
                e.Reason, e.Message, e.ConsentGivenAt, e.ConsentVersion, e.SourcePage))
            .ToListAsync(cancellationToken);
        await audit.RecordNowAsync(AuditActions.EnquiriesExported, $"{rows.Count} enquiries",
            $"Filter: status {status?.ToString() ?? "any"}{(string.IsNullOrWhiteSpace(query) ? "" : ", with a search")}", cancellationToken: cancellationToken);
        var csv = EnquiryCsv.Write(rows, await clinicZone.GetAsync(cancellationToken));
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(csv)).ToArray();
        return new EnquiryExport(bytes, $"enquiries-{time.GetUtcNow():yyyy-MM-dd}.csv");
    }
}
