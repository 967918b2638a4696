using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using PurePhysio.Web.Data;

namespace PurePhysio.Web.Features.Admin.Audit;

public sealed record AuditRow(DateTimeOffset OccurredAt, string UserEmail, string Action, string Target, string Details);

public sealed record AuditPageViewModel(IReadOnlyList<AuditRow> Events, int Page, bool HasNext);

[Route("admin/audit")]
[Authorize(Policy = AdminPolicies.AdminOnly)]
public sealed class AuditController(ClinicDbContext db) : AdminControllerBase
{
    private const int PageSize = 50;

    [HttpGet("")]
    public async Task<IActionResult> List(int page = 1, CancellationToken cancellationToken = default)
    {
        page = Math.Max(1, page);
        var rows = await db.AuditEvents.AsNoTracking()
            .OrderByDescending(e => e.Id)
            .Skip((page - 1) * PageSize).Take(PageSize + 1)
            .Select(e => new AuditRow(e.OccurredAt, e.UserEmail, e.Action, e.Target, e.Details))
            .ToListAsync(cancellationToken);
        return View(new AuditPageViewModel(rows.Take(PageSize).ToList(), page, rows.Count > PageSize));
    }
}
