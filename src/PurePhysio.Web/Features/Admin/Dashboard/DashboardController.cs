using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using PurePhysio.Web.Data;

namespace PurePhysio.Web.Features.Admin.Dashboard;

/// <summary>The start page; <see cref="NewEnquiries"/> is null for Editors, who do not see enquiries.</summary>
public sealed record DashboardViewModel(int Conditions, int ConditionDrafts, int Pages, int Testimonials, int? NewEnquiries, IReadOnlyList<RecentChange> RecentChanges);

public sealed record RecentChange(string ContentType, int ContentId, string Summary, string UserEmail, DateTimeOffset CreatedAt);

[Route("admin")]
public sealed class DashboardController(ClinicDbContext db) : AdminControllerBase
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var recent = await db.ContentRevisions.AsNoTracking()
            .OrderByDescending(r => r.Id).Take(8)
            .Select(r => new RecentChange(r.ContentType, r.ContentId, r.Summary, r.UserEmail, r.CreatedAt))
            .ToListAsync(cancellationToken);
        return View(new DashboardViewModel(
            await db.Conditions.CountAsync(cancellationToken),
            await db.Conditions.CountAsync(c => !c.IsPublished, cancellationToken),
            await db.StaticPages.CountAsync(cancellationToken),
            await db.Testimonials.CountAsync(t => t.IsPublished, cancellationToken),
            User.IsInRole(AdminRoles.Admin) ? await db.Enquiries.CountAsync(e => e.Status == Domain.EnquiryStatus.New, cancellationToken) : null,
            recent));
    }
}
