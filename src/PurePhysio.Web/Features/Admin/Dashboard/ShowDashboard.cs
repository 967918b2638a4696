using Microsoft.EntityFrameworkCore;
using PurePhysio.Web.Data;
using PurePhysio.Web.Domain;

namespace PurePhysio.Web.Features.Admin.Dashboard;

/// <summary>The start page; <see cref="NewEnquiries"/> is null for Editors, who do not see enquiries.</summary>
public sealed record DashboardViewModel(int Conditions, int ConditionDrafts, int Pages, int Testimonials, int? NewEnquiries, IReadOnlyList<RecentChange> RecentChanges)
{
    /// <summary>Published articles whose clinical review is overdue or due within <see cref="ShowDashboard.ReviewDueWithinDays"/> days, soonest first.</summary>
    public IReadOnlyList<ReviewDue> ReviewsDue { get; init; } = [];

    /// <summary>Changes submitted for clinical review and not yet approved or sent back, oldest first.</summary>
    public IReadOnlyList<AwaitingReview> AwaitingReview { get; init; } = [];
}

public sealed record AwaitingReview(string ContentType, int ContentId, string? Title, string SubmittedBy, DateTimeOffset? SubmittedAt)
{
    public string Controller => ContentType == ContentTypes.Condition ? "Conditions" : "Pages";
}

/// <summary>An article due for clinical review: <see cref="DueOn"/> null when it was never reviewed (due now).</summary>
public sealed record ReviewDue(int Id, string Title, DateOnly? DueOn, bool Overdue);

/// <summary>One saved revision: <see cref="Title"/> is the item's title now (or, once it is deleted, in that revision's audit summary).</summary>
public sealed record RecentChange(string ContentType, int ContentId, string? Title, string Summary, string UserEmail, DateTimeOffset CreatedAt)
{
    /// <summary>The admin controller that keeps this item's history.</summary>
    public string Controller => ContentType == ContentTypes.Condition ? "Conditions" : "Pages";

    public string Noun => ContentType == ContentTypes.Condition ? "condition" : "page";
}

public sealed class ShowDashboard(ClinicDbContext db, Content.ClinicTimeZone clinicZone, TimeProvider time)
{
    public const int ReviewDueWithinDays = 30;

    public async Task<DashboardViewModel> HandleAsync(bool showEnquiries, CancellationToken cancellationToken)
    {
        var zone = await clinicZone.GetAsync(cancellationToken);
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), zone).DateTime);
        // A clinic has tens of articles: the schedule is worked out here rather than in SQL (months have different lengths).
        var reviewsDue = (await db.Conditions.AsNoTracking().Where(c => c.IsPublished)
                .Select(c => new { c.Id, c.Title, c.LastReviewedOn, c.ReviewIntervalMonths })
                .ToListAsync(cancellationToken))
            .Select(c => new ReviewDue(c.Id, c.Title, Condition.NextReviewOn(c.LastReviewedOn, c.ReviewIntervalMonths), false))
            .Where(r => r.DueOn is null || r.DueOn <= today.AddDays(ReviewDueWithinDays))
            .Select(r => r with { Overdue = r.DueOn is null || r.DueOn < today })
            .OrderBy(r => r.DueOn ?? DateOnly.MinValue).ThenBy(r => r.Title, StringComparer.CurrentCulture)
            .ToList();
        var recent = await db.ContentRevisions.AsNoTracking()
            .OrderByDescending(r => r.Id).Take(8)
            .Select(r => new RecentChange(r.ContentType, r.ContentId,
                r.ContentType == ContentTypes.Condition
                    ? db.Conditions.Where(c => c.Id == r.ContentId).Select(c => c.Title).FirstOrDefault()
                    : db.StaticPages.Where(p => p.Id == r.ContentId).Select(p => p.Title).FirstOrDefault(),
                r.Summary, r.UserEmail, r.CreatedAt))
            .ToListAsync(cancellationToken);
        var awaiting = await db.ContentDrafts.AsNoTracking()
            .Where(d => d.ReviewStatus == ReviewStatus.Submitted)
            .OrderBy(d => d.SubmittedAt)
            .Select(d => new AwaitingReview(d.ContentType, d.ContentId,
                d.ContentType == ContentTypes.Condition
                    ? db.Conditions.Where(c => c.Id == d.ContentId).Select(c => c.Title).FirstOrDefault()
                    : db.StaticPages.Where(p => p.Id == d.ContentId).Select(p => p.Title).FirstOrDefault(),
                d.SubmittedByEmail, d.SubmittedAt))
            .ToListAsync(cancellationToken);
        return new DashboardViewModel(
            await db.Conditions.CountAsync(cancellationToken),
            await db.Conditions.CountAsync(c => !c.IsPublished, cancellationToken),
            await db.StaticPages.CountAsync(cancellationToken),
            await db.Testimonials.CountAsync(t => t.IsPublished, cancellationToken),
            showEnquiries ? await db.Enquiries.CountAsync(e => e.Status == EnquiryStatus.New, cancellationToken) : null,
            recent)
        {
            ReviewsDue = reviewsDue,
            AwaitingReview = awaiting,
        };
    }
}

internal static class DashboardServices
{
    public static IServiceCollection AddAdminDashboard(this IServiceCollection services) => services.AddScoped<ShowDashboard>();
}
