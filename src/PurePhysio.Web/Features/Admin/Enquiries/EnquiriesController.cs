using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using PurePhysio.Web.Domain;

namespace PurePhysio.Web.Features.Admin.Enquiries;

/// <summary>
/// The enquiry inbox. Admins only: enquiries are health data, and Editors only need the content.
/// Viewing, exporting and deleting are audited (ids only, never content).
/// </summary>
[Route("admin/enquiries")]
[Authorize(Policy = AdminPolicies.AdminOnly)]
public sealed class EnquiriesController(
    EnquiryInbox inbox, EnquiryActions actions, DeleteEnquiry.Handler delete, IOptions<EnquiryRetentionOptions> retention) : AdminControllerBase
{
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
        ViewData["NewNote"] = new AddEnquiryNoteViewModel();
        return await actions.ViewAsync(id, cancellationToken) is { } model ? View(model) : NotFound();
    }

    [HttpPost("{id:int}/status")]
    public async Task<IActionResult> ChangeStatus(int id, EnquiryStatus status, CancellationToken cancellationToken) =>
        await actions.ChangeStatusAsync(id, status, cancellationToken) switch
        {
            FormOutcome.Saved => FlashAndRedirect($"Status set to {status}.", nameof(Details), new { id }),
            FormOutcome.NotFound => NotFound(),
            _ => BadRequest(),
        };

    [HttpPost("{id:int}/notes")]
    public async Task<IActionResult> AddNote(int id, AddEnquiryNoteViewModel note, CancellationToken cancellationToken)
    {
        var (outcome, page) = await actions.AddNoteAsync(id, note, User.Identity?.Name ?? "", ModelState, cancellationToken);
        if (outcome == FormOutcome.Invalid)
        {
            ViewData["NewNote"] = note;
            return FormAgain("Details", page!, StatusCodes.Status400BadRequest);
        }

        return outcome == FormOutcome.Saved ? FlashAndRedirect("The note was added.", nameof(Details), new { id }) : NotFound();
    }

    /// <summary>Sends a failed (or waiting) email again now, with the same Message-Id.</summary>
    [HttpPost("{id:int}/mail/{messageId:int}/retry")]
    public async Task<IActionResult> RetryMail(int id, int messageId, CancellationToken cancellationToken) =>
        await actions.RetryMailAsync(id, messageId, cancellationToken) switch
        {
            true => FlashAndRedirect("The email will be sent again in a moment. Reload this page to see how it went.", nameof(Details), new { id }),
            false => FlashAndRedirect("That email has already been sent or is being sent now.", nameof(Details), new { id }),
            null => NotFound(),
        };

    /// <summary>CSV of the enquiries matching the filter. A POST so it is never prefetched, cached or left in a link.</summary>
    [HttpPost("export")]
    public async Task<IActionResult> Export(EnquiryStatus? status, string? q, CancellationToken cancellationToken)
    {
        var export = await actions.ExportAsync(status, q, cancellationToken);
        return File(export.Bytes, "text/csv; charset=utf-8", export.FileName);
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
