using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using PurePhysio.Web.Domain;

namespace PurePhysio.Web.Features.Admin.Enquiries;

/// <summary>
/// The enquiry inbox. Admins only: enquiries are health data, and Editors only need the content.
/// Viewing, exporting and deleting are audited (ids only, never content).
/// </summary>
[Route("admin/enquiries")]
[Authorize(Policy = AdminPolicies.AdminOnly)]
public sealed class EnquiriesController(
    ListEnquiries list, ShowEnquiry show, ChangeEnquiryStatus changeStatus, AddEnquiryNote addNote, RetryEnquiryMail retryMail,
    ExportEnquiries export, DeleteEnquiry.Handler delete) : AdminControllerBase
{
    [HttpGet("")]
    public async Task<IActionResult> List(EnquiryStatus? status, string? q, int page = 1, CancellationToken cancellationToken = default) =>
        View(await list.HandleAsync(status, q, page, cancellationToken));

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Details(int id, CancellationToken cancellationToken)
    {
        ViewData["NewNote"] = new AddEnquiryNoteViewModel();
        return await show.HandleAsync(id, cancellationToken) is { } model ? View(model) : NotFound();
    }

    [HttpPost("{id:int}/status")]
    public async Task<IActionResult> ChangeStatus(int id, EnquiryStatus status, CancellationToken cancellationToken) =>
        await changeStatus.HandleAsync(id, status, cancellationToken) switch
        {
            FormOutcome.Saved => FlashAndRedirect($"Status set to {status}.", nameof(Details), new { id }),
            FormOutcome.NotFound => NotFound(),
            _ => BadRequest(),
        };

    [HttpPost("{id:int}/notes")]
    public async Task<IActionResult> AddNote(int id, AddEnquiryNoteViewModel note, CancellationToken cancellationToken)
    {
        var outcome = await addNote.HandleAsync(id, note, User.Identity?.Name ?? "", ModelState, cancellationToken);
        if (outcome == FormOutcome.Invalid && await show.LoadAsync(id, cancellationToken) is { } page)
        {
            ViewData["NewNote"] = note;
            return FormAgain("Details", page, StatusCodes.Status400BadRequest);
        }

        return outcome == FormOutcome.Saved ? FlashAndRedirect("The note was added.", nameof(Details), new { id }) : NotFound();
    }

    /// <summary>Sends a failed (or waiting) email again now, with the same Message-Id.</summary>
    [HttpPost("{id:int}/mail/{messageId:int}/retry")]
    public async Task<IActionResult> RetryMail(int id, int messageId, CancellationToken cancellationToken) =>
        await retryMail.HandleAsync(id, messageId, cancellationToken) switch
        {
            true => FlashAndRedirect("The email will be sent again in a moment. Reload this page to see how it went.", nameof(Details), new { id }),
            false => FlashAndRedirect("That email has already been sent or is being sent now.", nameof(Details), new { id }),
            null => NotFound(),
        };

    /// <summary>CSV of the enquiries matching the filter. A POST so it is never prefetched, cached or left in a link.</summary>
    [HttpPost("export")]
    public async Task<IActionResult> Export(EnquiryStatus? status, string? q, CancellationToken cancellationToken)
    {
        var file = await export.HandleAsync(status, q, cancellationToken);
        return File(file.Bytes, "text/csv; charset=utf-8", file.FileName);
    }

    [HttpGet("{id:int}/delete")]
    public async Task<IActionResult> Delete(int id, CancellationToken cancellationToken) =>
        await delete.ConfirmAsync(id, cancellationToken) is { } confirm ? View("Delete", confirm) : NotFound();

    [HttpPost("{id:int}/delete")]
    [ActionName("Delete")]
    public async Task<IActionResult> DeleteConfirmed(int id, CancellationToken cancellationToken) =>
        await delete.HandleAsync(id, cancellationToken) is { } reference
            ? FlashAndRedirect($"Enquiry {reference} was deleted.", nameof(List))
            : NotFound();
}
