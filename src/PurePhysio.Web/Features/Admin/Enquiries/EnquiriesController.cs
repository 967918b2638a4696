using System.ComponentModel.DataAnnotations;
using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
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

/// <summary>
/// The enquiry inbox. Admins only: enquiries are health data, and Editors only need the content.
/// Viewing, exporting and deleting are audited (ids only, never content).
/// </summary>
[Route("admin/enquiries")]
[Authorize(Policy = AdminPolicies.AdminOnly)]
public sealed class EnquiriesController(
    EnquiryInbox inbox,
    ClinicDbContext db,
    AuditLog audit,
    OutboxRetry retry,
    AdminClock clock,
    TimeProvider time,
    IOptions<EnquiryRetentionOptions> retention) : AdminControllerBase
{
    private const string BaseUrl = "/admin/enquiries";

    [HttpGet("")]
    public async Task<IActionResult> List(EnquiryStatus? status, string? q, int page = 1, CancellationToken cancellationToken = default)
    {
        page = Math.Max(1, page);
        var (items, hasNext) = await inbox.ListAsync(status, q, page, cancellationToken);
        return View(new EnquiryListViewModel(items, status, q, page, hasNext, retention.Value.RetentionMonths));
    }

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Details(int id, CancellationToken cancellationToken)
    {
        var model = await inbox.FindAsync(id, cancellationToken);
        if (model is null)
        {
            return NotFound();
        }

        await audit.RecordNowAsync(AuditActions.EnquiryViewed, $"Enquiry {id} ({model.Reference})", cancellationToken: cancellationToken);
        ViewData["NewNote"] = new AddEnquiryNoteViewModel();
        return View(model);
    }

    [HttpPost("{id:int}/status")]
    public async Task<IActionResult> ChangeStatus(int id, EnquiryStatus status, CancellationToken cancellationToken)
    {
        if (!Enum.IsDefined(status))
        {
            return BadRequest();
        }

        var enquiry = await db.Enquiries.FirstOrDefaultAsync(e => e.Id == id, cancellationToken);
        if (enquiry is null)
        {
            return NotFound();
        }

        var before = enquiry.Status;
        enquiry.Status = status;
        audit.Add(AuditActions.EnquiryUpdated, $"Enquiry {id} ({enquiry.Reference})", $"Status {before} -> {status}");
        await db.SaveChangesAsync(cancellationToken);
        Flash($"Status set to {status}.");
        return Redirect($"{BaseUrl}/{id}");
    }

    [HttpPost("{id:int}/notes")]
    public async Task<IActionResult> AddNote(int id, AddEnquiryNoteViewModel note, CancellationToken cancellationToken)
    {
        var enquiry = await db.Enquiries.AsNoTracking().Where(e => e.Id == id).Select(e => new { e.Reference }).FirstOrDefaultAsync(cancellationToken);
        if (enquiry is null)
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            ViewData["NewNote"] = note;
            return View("Details", (await inbox.FindAsync(id, cancellationToken))!);
        }

        db.EnquiryNotes.Add(new EnquiryNote { EnquiryId = id, Text = note.Text!.Trim(), CreatedAt = time.GetUtcNow(), UserEmail = User.Identity?.Name ?? "" });
        audit.Add(AuditActions.EnquiryUpdated, $"Enquiry {id} ({enquiry.Reference})", "Note added");
        await db.SaveChangesAsync(cancellationToken);
        Flash("The note was added.");
        return Redirect($"{BaseUrl}/{id}");
    }

    /// <summary>Sends a failed (or waiting) email again now, with the same Message-Id.</summary>
    [HttpPost("{id:int}/mail/{messageId:int}/retry")]
    public async Task<IActionResult> RetryMail(int id, int messageId, CancellationToken cancellationToken)
    {
        var belongs = await db.OutboxMessages.AnyAsync(m => m.Id == messageId && m.EnquiryId == id, cancellationToken);
        if (!belongs)
        {
            return NotFound();
        }

        if (await retry.RetryNowAsync(messageId, cancellationToken))
        {
            await audit.RecordNowAsync(AuditActions.EnquiryMailRetried, $"Enquiry {id}", $"Outbox message {messageId}", cancellationToken: cancellationToken);
            Flash("The email will be sent again in a moment. Reload this page to see how it went.");
        }
        else
        {
            Flash("That email has already been sent or is being sent now.");
        }

        return Redirect($"{BaseUrl}/{id}");
    }

    /// <summary>CSV of the enquiries matching the filter. A POST so it is never prefetched, cached or left in a link.</summary>
    [HttpPost("export")]
    public async Task<IActionResult> Export(EnquiryStatus? status, string? q, CancellationToken cancellationToken)
    {
        var rows = await inbox.ExportAsync(status, q, cancellationToken);
        await audit.RecordNowAsync(AuditActions.EnquiriesExported, $"{rows.Count} enquiries",
            $"Filter: status {status?.ToString() ?? "any"}{(string.IsNullOrWhiteSpace(q) ? "" : ", with a search")}", cancellationToken: cancellationToken);
        var csv = EnquiryCsv.Write(rows, clock.Zone);
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(csv)).ToArray();
        return File(bytes, "text/csv; charset=utf-8", $"enquiries-{time.GetUtcNow():yyyy-MM-dd}.csv");
    }

    [HttpGet("{id:int}/delete")]
    public async Task<IActionResult> Delete(int id, [FromServices] DeleteEnquiry.Handler delete, CancellationToken cancellationToken) =>
        await delete.ConfirmAsync(id, cancellationToken) is { } confirm ? View("Delete", confirm) : NotFound();

    [HttpPost("{id:int}/delete")]
    [ActionName("Delete")]
    public async Task<IActionResult> DeleteConfirmed(int id, [FromServices] DeleteEnquiry.Handler delete, CancellationToken cancellationToken) =>
        await delete.HandleAsync(id, cancellationToken) is { } reference
            ? FlashAndRedirect($"Enquiry {reference} was deleted.", nameof(List))
            : NotFound();
}
