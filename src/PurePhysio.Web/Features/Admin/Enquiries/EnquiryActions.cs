using System.ComponentModel.DataAnnotations;
using System.Text;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using PurePhysio.Web.Data;
using PurePhysio.Web.Domain;
using PurePhysio.Web.Email;
using PurePhysio.Web.Features.Admin.Audit;
using PurePhysio.Web.Features.Admin.Content;

namespace PurePhysio.Web.Features.Admin.Enquiries;

public sealed class AddEnquiryNoteViewModel
{
    [Required(ErrorMessage = "Write the note before adding it.")]
    [StringLength(EnquiryNote.TextMaxLength, ErrorMessage = "Keep the note under {1} characters.")]
    [Display(Name = "Internal note (staff only)")]
    public string? Text { get; set; }
}

/// <summary>A CSV file to download.</summary>
public sealed record EnquiryExport(byte[] Bytes, string FileName);

/// <summary>
/// What staff do with one enquiry and with the inbox: read it (audited), change its status, add a note,
/// send an email again, export. Ids only in the audit log, never the enquiry's content.
/// </summary>
public sealed class EnquiryActions(EnquiryInbox inbox, ClinicDbContext db, AuditLog audit, OutboxRetry retry, ClinicTimeZone clinicZone, TimeProvider time)
{
    /// <summary>The enquiry, its mail and notes; viewing it is recorded in the audit log.</summary>
    public async Task<EnquiryDetailsViewModel?> ViewAsync(int id, CancellationToken cancellationToken)
    {
        var model = await inbox.FindAsync(id, cancellationToken);
        if (model is not null)
        {
            await audit.RecordNowAsync(AuditActions.EnquiryViewed, $"Enquiry {id} ({model.Reference})", cancellationToken: cancellationToken);
        }

        return model;
    }

    public async Task<FormOutcome> ChangeStatusAsync(int id, EnquiryStatus status, CancellationToken cancellationToken)
    {
        if (!Enum.IsDefined(status))
        {
            return FormOutcome.Malformed;
        }

        var enquiry = await db.Enquiries.FirstOrDefaultAsync(e => e.Id == id, cancellationToken);
        if (enquiry is null)
        {
            return FormOutcome.NotFound;
        }

        var before = enquiry.Status;
        enquiry.Status = status;
        audit.Add(AuditActions.EnquiryUpdated, $"Enquiry {id} ({enquiry.Reference})", $"Status {before} -> {status}");
        await db.SaveChangesAsync(cancellationToken);
        return FormOutcome.Saved;
    }

    /// <summary>Adds a staff note; on a problem, the enquiry page to show again (not audited as a view).</summary>
    public async Task<(FormOutcome Outcome, EnquiryDetailsViewModel? Page)> AddNoteAsync(int id, AddEnquiryNoteViewModel note, string author,
        ModelStateDictionary errors, CancellationToken cancellationToken)
    {
        var enquiry = await db.Enquiries.AsNoTracking().Where(e => e.Id == id).Select(e => new { e.Reference }).FirstOrDefaultAsync(cancellationToken);
        if (enquiry is null)
        {
            return (FormOutcome.NotFound, null);
        }

        if (!errors.IsValid)
        {
            return (FormOutcome.Invalid, await inbox.FindAsync(id, cancellationToken));
        }

        db.EnquiryNotes.Add(new EnquiryNote { EnquiryId = id, Text = note.Text!.Trim(), CreatedAt = time.GetUtcNow(), UserEmail = author });
        audit.Add(AuditActions.EnquiryUpdated, $"Enquiry {id} ({enquiry.Reference})", "Note added");
        await db.SaveChangesAsync(cancellationToken);
        return (FormOutcome.Saved, null);
    }

    /// <summary>Sends a failed (or waiting) email again now, with the same Message-Id. Null when the email is not this enquiry's.</summary>
    public async Task<bool?> RetryMailAsync(int id, int messageId, CancellationToken cancellationToken)
    {
        if (!await db.OutboxMessages.AnyAsync(m => m.Id == messageId && m.EnquiryId == id, cancellationToken))
        {
            return null;
        }

        if (!await retry.RetryNowAsync(messageId, cancellationToken))
        {
            return false;
        }

        await audit.RecordNowAsync(AuditActions.EnquiryMailRetried, $"Enquiry {id}", $"Outbox message {messageId}", cancellationToken: cancellationToken);
        return true;
    }

    /// <summary>CSV of the enquiries matching the filter, with a byte order mark for spreadsheet programs; the export is audited.</summary>
    public async Task<EnquiryExport> ExportAsync(EnquiryStatus? status, string? q, CancellationToken cancellationToken)
    {
        var rows = await inbox.ExportAsync(status, q, cancellationToken);
        await audit.RecordNowAsync(AuditActions.EnquiriesExported, $"{rows.Count} enquiries",
            $"Filter: status {status?.ToString() ?? "any"}{(string.IsNullOrWhiteSpace(q) ? "" : ", with a search")}", cancellationToken: cancellationToken);
        var csv = EnquiryCsv.Write(rows, await clinicZone.GetAsync(cancellationToken));
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(csv)).ToArray();
        return new EnquiryExport(bytes, $"enquiries-{time.GetUtcNow():yyyy-MM-dd}.csv");
    }
}
