using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MimeKit;
using MimeKit.Utils;
using PurePhysio.Web.Data;
using PurePhysio.Web.Domain;
using PurePhysio.Web.Email;
using PurePhysio.Web.Features.Admin.Content;
using PurePhysio.Web.Features.Seo;
using PurePhysio.Web.Infrastructure;

namespace PurePhysio.Web.Features.Admin.Conditions;

/// <summary>
/// Once a week, each Clinician gets one email listing the published articles due for review within 30 days (or
/// overdue) that are theirs: the ones they last reviewed, and those nobody still on the staff reviewed. "Once" holds
/// with several instances: the reminder's row (unique per reviewer and ISO week) and its outbox mail are inserted in
/// one save, so a second instance's insert fails and it sends nothing.
/// </summary>
internal sealed class ReviewReminders(ClinicDbContext db, ClinicTimeZone clinicZone, IOptions<MailOptions> mail, IOptions<SiteOptions> site, OutboxSignal outbox,
    TimeProvider time, ILogger<ReviewReminders> logger)
{
    public const int DueWithinDays = 30;

    /// <summary>Queues the reminders of the week of <paramref name="now"/> not yet queued; returns how many this call queued.</summary>
    public async Task<int> SendDueAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var zone = await clinicZone.GetAsync(cancellationToken);
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime);
        var week = string.Create(CultureInfo.InvariantCulture, $"{ISOWeek.GetYear(today.ToDateTime(TimeOnly.MinValue))}-W{ISOWeek.GetWeekOfYear(today.ToDateTime(TimeOnly.MinValue)):00}");

        var reviewers = await (
                from user in db.Users.AsNoTracking()
                join link in db.UserRoles on user.Id equals link.UserId
                join role in db.Roles on link.RoleId equals role.Id
                where role.Name == AdminRoles.Clinician && user.DisabledAt == null && user.Email != null
                select new { user.Id, Email = user.Email!, user.DisplayName, user.PractitionerId })
            .ToListAsync(cancellationToken);
        if (reviewers.Count == 0)
        {
            return 0;
        }

        var alreadySent = await db.ReviewReminders.AsNoTracking().Where(r => r.Week == week).Select(r => r.UserId).ToListAsync(cancellationToken);
        var due = (await db.Conditions.AsNoTracking().Where(c => c.IsPublished)
                .Select(c => new { c.Id, c.Title, c.LastReviewedOn, c.ReviewIntervalMonths, c.ReviewedByPractitionerId, c.ReviewedByName })
                .ToListAsync(cancellationToken))
            .Select(c => new { c.Id, c.Title, c.ReviewedByPractitionerId, c.ReviewedByName, DueOn = Condition.NextReviewOn(c.LastReviewedOn, c.ReviewIntervalMonths) })
            .Where(c => c.DueOn is null || c.DueOn <= today.AddDays(DueWithinDays))
            .OrderBy(c => c.DueOn ?? DateOnly.MinValue)
            .ToList();

        var queued = 0;
        foreach (var reviewer in reviewers.Where(r => !alreadySent.Contains(r.Id)))
        {
            bool IsTheirs(int? practitionerId, string name) =>
                (reviewer.PractitionerId is not null && practitionerId == reviewer.PractitionerId) || (name.Length > 0 && name == reviewer.DisplayName);
            var theirs = due.Where(c => IsTheirs(c.ReviewedByPractitionerId, c.ReviewedByName)
                                        || !reviewers.Any(r => (r.PractitionerId is not null && c.ReviewedByPractitionerId == r.PractitionerId) || (c.ReviewedByName.Length > 0 && c.ReviewedByName == r.DisplayName)))
                .ToList();
            if (theirs.Count == 0)
            {
                continue;
            }

            var body = new StringBuilder()
                .AppendLine($"These articles are due for clinical review ({week}):")
                .AppendLine();
            foreach (var c in theirs)
            {
                body.AppendLine(c.DueOn is { } on
                    ? $"- {c.Title}: {(on < today ? "overdue since" : "due on")} {on.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)}"
                    : $"- {c.Title}: never reviewed, due now");
                body.AppendLine($"  {site.Value.BaseUrl.TrimEnd('/')}/admin/conditions/{c.Id}/edit");
            }

            body.AppendLine().AppendLine("Open each one, then approve a change or press \"Reviewed: still accurate, no changes\".");
            db.ReviewReminders.Add(new ReviewReminder { UserId = reviewer.Id, Week = week, CreatedAt = now });
            db.OutboxMessages.Add(Mail(reviewer.Email, $"Articles due for clinical review ({theirs.Count})", body.ToString(), time.GetUtcNow()));
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                queued++;
            }
            catch (DbUpdateException)
            {
                // Another instance queued this reviewer's reminder for the week first (unique reviewer and week): nothing is sent twice.
                db.ChangeTracker.Clear();
                logger.LogInformation("Review reminder for {UserId} in {Week} was already queued by another instance", reviewer.Id, week);
            }
        }

        if (queued > 0)
        {
            outbox.Notify();
        }

        return queued;
    }

    private OutboxMessage Mail(string to, string subject, string body, DateTimeOffset now)
    {
        var from = mail.Value.FromAddress;
        var at = from.LastIndexOf('@');
        return new OutboxMessage
        {
            Kind = OutboxMessageKind.ReviewReminder,
            To = MailboxAddress.Parse(to).ToString(),
            Subject = subject,
            TextBody = body,
            MessageId = MimeUtils.GenerateMessageId(at >= 0 && at < from.Length - 1 ? from[(at + 1)..] : "purephysio.local"),
            CreatedAt = now,
            NextAttemptAt = now,
        };
    }
}

/// <summary>Asks for this week's review reminders every hour (each reviewer gets one a week whichever instance asks first).</summary>
internal sealed class ReviewReminderService(IServiceScopeFactory scopes, TimeProvider time, ILogger<ReviewReminderService> logger)
    : PeriodicWork(scopes, time, logger, TimeSpan.FromHours(1), "Queuing review reminders")
{
    protected override Task RunAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        services.GetRequiredService<ReviewReminders>().SendDueAsync(Time.GetUtcNow(), cancellationToken);
}
