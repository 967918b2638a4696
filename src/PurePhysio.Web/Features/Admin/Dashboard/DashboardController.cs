using Microsoft.AspNetCore.Mvc;

namespace PurePhysio.Web.Features.Admin.Dashboard;

[Route("admin")]
public sealed class DashboardController(ShowDashboard dashboard) : AdminControllerBase
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await dashboard.HandleAsync(showEnquiries: User.IsInRole(AdminRoles.Admin), cancellationToken));
}
