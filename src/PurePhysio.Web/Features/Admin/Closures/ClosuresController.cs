using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using PurePhysio.Web.Data;
using PurePhysio.Web.Domain;
using PurePhysio.Web.Features.Admin.Audit;
using PurePhysio.Web.Features.Admin.Content;

namespace PurePhysio.Web.Features.Admin.Closures;

public sealed record ClosureListItem(int Id, DateOnly StartDate, DateOnly EndDate, string Reason, bool IsPast);

public sealed class CreateClosureViewModel
{
    [Required(ErrorMessage = "Enter the first day the clinic is closed.")]
    [Display(Name = "First closed day")]
    public DateOnly? StartDate { get; set; }

    [Required(ErrorMessage = "Enter the last day the clinic is closed (the same day for a single day).")]
    [Display(Name = "Last closed day")]
    public DateOnly? EndDate { get; set; }

    [Required(ErrorMessage = "Enter a reason, e.g. Christmas Day. Patients see it.")]
    [StringLength(Closure.ReasonMaxLength, ErrorMessage = "Keep the reason under {1} characters.")]
    public string Reason { get; set; } = "";
}

public sealed record ClosuresViewModel(IReadOnlyList<ClosureListItem> Closures, CreateClosureViewModel NewClosure);

[Route("admin/closures")]
public sealed class ClosuresController(ClinicDbContext db, AuditLog audit, AdminClock clock, TimeProvider time) : AdminControllerBase
{
    private const string BaseUrl = "/admin/closures";

    [HttpGet("")]
    public async Task<IActionResult> List(CancellationToken cancellationToken) =>
        View(await ModelAsync(new CreateClosureViewModel(), cancellationToken));

    [HttpPost("")]
    public async Task<IActionResult> Create([Bind(Prefix = "NewClosure")] CreateClosureViewModel model, CancellationToken cancellationToken)
    {
        if (model.StartDate is { } start && model.EndDate is { } end && end < start)
        {
            ModelState.AddModelError("NewClosure.EndDate", "The last closed day must be on or after the first.");
        }

        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View("List", await ModelAsync(model, cancellationToken));
        }

        var closure = new Closure { StartDate = model.StartDate!.Value, EndDate = model.EndDate!.Value, Reason = model.Reason.Trim() };
        db.Closures.Add(closure);
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordNowAsync(AuditActions.SettingsUpdated, $"Closure {closure.Id}", $"Added {closure.StartDate:yyyy-MM-dd} to {closure.EndDate:yyyy-MM-dd}",
            cancellationToken: cancellationToken);
        Flash("The closure was added.");
        return Redirect(BaseUrl);
    }

    [HttpGet("{id:int}/delete")]
    public async Task<IActionResult> Delete(int id, CancellationToken cancellationToken)
    {
        var c = await db.Closures.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, cancellationToken);
        return c is null ? NotFound() : View("Delete", new DeleteViewModel($"Delete the closure “{c.Reason}”?",
            $"The clinic will show its normal hours from {c.StartDate:d MMMM yyyy} to {c.EndDate:d MMMM yyyy}.", "Closures", id));
    }

    [HttpPost("{id:int}/delete")]
    [ActionName("Delete")]
    public async Task<IActionResult> DeleteConfirmed(int id, CancellationToken cancellationToken)
    {
        var closure = await db.Closures.FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (closure is null)
        {
            return NotFound();
        }

        db.Closures.Remove(closure);
        audit.Add(AuditActions.SettingsUpdated, $"Closure {id}", "Deleted");
        await db.SaveChangesAsync(cancellationToken);
        Flash("The closure was deleted.");
        return Redirect(BaseUrl);
    }

    private async Task<ClosuresViewModel> ModelAsync(CreateClosureViewModel form, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), clock.Zone).DateTime);
        var rows = await db.Closures.AsNoTracking().OrderByDescending(c => c.StartDate).ToListAsync(cancellationToken);
        return new ClosuresViewModel(rows.Select(c => new ClosureListItem(c.Id, c.StartDate, c.EndDate, c.Reason, c.EndDate < today)).ToList(), form);
    }
}
