using Microsoft.EntityFrameworkCore;
using PurePhysio.Web.Data;
using PurePhysio.Web.Domain;

namespace PurePhysio.Web.Features.Admin.Dashboard;

/// <summary>The start page; <see cref="NewEnquiries"/> is null for Editors, who do not see enquiries.</summary>
public sealed record DashboardViewModel(int Conditions, int ConditionDrafts, int Pages, int Testimonials, int? NewEnquiries, IReadOnlyList<RecentChange> RecentChanges);

/// <summary>One saved revision: <see cref="Title"/> is the item's title now (or, once it is deleted, in that revision's audit summary).</summary>
public sealed record RecentChange(string ContentType, int ContentId, string? Title, string Summary, string UserEmail, DateTimeOffset CreatedAt)
{
    /// <summary>The admin controller that keeps this item's history.</summary>
    public string Controller => ContentType == ContentTypes.Condition ? "Conditions" : "Pages";

    public string Noun => ContentType == ContentTypes.Condition ? "condition" : "page";
}

public sealed class ShowDashboard(ClinicDbContext db)
{
    public async Task<DashboardViewModel> HandleAsync(bool showEnquiries, CancellationToken cancellationToken)
    {
        var recent = await db.ContentRevisions.AsNoTracking()
            .OrderByDescending(r => r.Id).Take(8)
            .Select(r => new RecentChange(r.ContentType, r.ContentId,
                r.ContentType == ContentTypes.Condition
                    ? db.Conditions.Where(c => c.Id == r.ContentId).Select(c => c.Title).FirstOrDefault()
                    : db.StaticPages.Where(p => p.Id == r.ContentId).Select(p => p.Title).FirstOrDefault(),
                r.Summary, r.UserEmail, r.CreatedAt))
            .ToListAsync(cancellationToken);
        return new DashboardViewModel(
            await db.Conditions.CountAsync(cancellationToken),
            await db.Conditions.CountAsync(c => !c.IsPublished, cancellationToken),
            await db.StaticPages.CountAsync(cancellationToken),
            await db.Testimonials.CountAsync(t => t.IsPublished, cancellationToken),
            showEnquiries ? await db.Enquiries.CountAsync(e => e.Status == EnquiryStatus.New, cancellationToken) : null,
            recent);
    }
}

internal static class DashboardServices
{
    public static IServiceCollection AddAdminDashboard(this IServiceCollection services) => services.AddScoped<ShowDashboard>();
}
