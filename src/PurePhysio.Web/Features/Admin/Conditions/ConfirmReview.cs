using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using PurePhysio.Web.Data;
using PurePhysio.Web.Domain;
using PurePhysio.Web.Features.Admin.Audit;
using PurePhysio.Web.Features.Admin.Content;

namespace PurePhysio.Web.Features.Admin.Conditions;

/// <summary>Where an article stands in its review schedule, as its edit page shows it.</summary>
public sealed record ReviewSchedule(DateOnly? LastReviewedOn, string ReviewedBy, DateOnly? NextReviewOn, bool IsPublished);

/// <summary>
/// "Reviewed, no changes": a Clinician (or an Admin) records that a published article is still accurate. The review
/// (who, today) is written onto the article and shown to patients; its text and version stay as they are, so no
/// revision is made and no open editor is disturbed.
/// </summary>
public static class ConfirmReview
{
    public sealed class Handler(ClinicDbContext db, AuditLog audit, ClinicTimeZone clinicZone, TimeProvider time, IHttpContextAccessor http)
    {
        public async Task<ReviewSchedule?> ScheduleAsync(int id, CancellationToken cancellationToken)
        {
            var c = await db.Conditions.AsNoTracking().Where(x => x.Id == id)
                .Select(x => new { x.LastReviewedOn, x.ReviewIntervalMonths, x.ReviewedByName, Practitioner = x.ReviewedBy != null ? x.ReviewedBy.Name : null, x.IsPublished })
                .FirstOrDefaultAsync(cancellationToken);
            return c is null
                ? null
                : new ReviewSchedule(c.LastReviewedOn, c.Practitioner ?? c.ReviewedByName, Condition.NextReviewOn(c.LastReviewedOn, c.ReviewIntervalMonths), c.IsPublished);
        }

        /// <summary>The message for staff, or null when there is no such article.</summary>
        public async Task<string?> HandleAsync(int id, CancellationToken cancellationToken)
        {
            var condition = await db.Conditions.FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
            if (condition is null)
            {
                return null;
            }

            if (!condition.IsPublished)
            {
                return "Only a published article is reviewed on a schedule. Approve this one instead.";
            }

            var userId = http.HttpContext?.User.FindFirstValue(ClaimTypes.NameIdentifier);
            var reviewer = await db.Users.AsNoTracking().Where(u => u.Id == userId)
                .Select(u => new { u.DisplayName, u.Email, u.PractitionerId })
                .FirstOrDefaultAsync(cancellationToken);
            var name = string.IsNullOrWhiteSpace(reviewer?.DisplayName) ? reviewer?.Email ?? "" : reviewer.DisplayName;
            var zone = await clinicZone.GetAsync(cancellationToken);
            var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), zone).DateTime);
            condition.LastReviewedOn = today;
            condition.ReviewedByName = name.Length > Condition.ReviewedByNameMaxLength ? name[..Condition.ReviewedByNameMaxLength] : name;
            condition.ReviewedByPractitionerId = reviewer?.PractitionerId;
            var next = Condition.NextReviewOn(today, condition.ReviewIntervalMonths);
            audit.Add(AuditActions.ContentReviewedNoChanges, $"Condition {condition.Id}: {condition.Title}", $"Next review due {next:yyyy-MM-dd}");
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateConcurrencyException)
            {
                return "Someone saved this article at the same moment; nothing was recorded. Please try again.";
            }

            return $"Recorded: reviewed today with no changes. The next review is due on {next:d MMMM yyyy}.";
        }
    }
}
