using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace PurePhysio.Web.Features.Admin.Audit;

[Route("admin/audit")]
[Authorize(Policy = AdminPolicies.AdminOnly)]
public sealed class AuditController(ListAuditEvents.Handler list) : AdminControllerBase
{
    [HttpGet("")]
    public async Task<IActionResult> List([FromQuery] ListAuditEvents.Query query, CancellationToken cancellationToken) =>
        View(await list.HandleAsync(query, cancellationToken));
}
