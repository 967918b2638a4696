using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using PurePhysio.Web.Data;
using PurePhysio.Web.Domain;
using PurePhysio.Web.Features.Admin.Audit;

namespace PurePhysio.Web.Features.Admin.Enquiries;

public sealed class AddEnquiryNoteViewModel
{
    [Required(ErrorMessage = "Write the note before adding it.")]
    [StringLength(EnquiryNote.TextMaxLength, ErrorMessage = "Keep the note under {1} characters.")]
    [Display(Name = "Internal note (staff only)")]
    public string? Text { get; set; }
}

/// <summary>Adds a staff note to an enquiry, audited without its text.</summary>
public sealed class AddEnquiryNote(ClinicDbContext db, AuditLog audit, TimeProvider time)
{
    public async Task<FormOutcome> HandleAsync(int id, AddEnquiryNoteViewModel note, string author, ModelStateDictionary errors,
        CancellationToken cancellationToken)
    {
        var reference = await db.Enquiries.AsNoTracking().Where(e => e.Id == id).Select(e => e.Reference).FirstOrDefaultAsync(cancellationToken);
        if (reference is null)
        {
            return FormOutcome.NotFound;
        }

        if (!errors.IsValid)
        {
            return FormOutcome.Invalid;
        }

        db.EnquiryNotes.Add(new EnquiryNote { EnquiryId = id, Text = note.Text!.Trim(), CreatedAt = time.GetUtcNow(), UserEmail = author });
        audit.Add(AuditActions.EnquiryUpdated, $"Enquiry {id} ({reference})", "Note added");
        await db.SaveChangesAsync(cancellationToken);
        return FormOutcome.Saved;
    }
}
