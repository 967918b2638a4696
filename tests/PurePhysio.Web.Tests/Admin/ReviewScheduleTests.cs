using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using PurePhysio.Web.Domain;
using PurePhysio.Web.Features.Admin;
using PurePhysio.Web.Features.Admin.Conditions;
using PurePhysio.Web.Tests.Enquiries;
using PurePhysio.Web.Tests.Infrastructure;

namespace PurePhysio.Web.Tests.Admin;

/// <summary>
/// Each published article is due for clinical review a year after its last one: the dashboard lists what is overdue or
/// due within 30 days, a Clinician can record "reviewed, no changes", and each Clinician gets one reminder a week by
/// email (real SMTP) however many workers ask.
/// </summary>
public sealed class ReviewScheduleTests(EnquiryAppFactory factory) : IClassFixture<EnquiryAppFactory>
{
    private static DateOnly Today() =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Europe/London")).DateTime);

    private Task SetLastReviewAsync(string slug, DateOnly? on) =>
        factory.WithDbAsync(async db =>
        {
            var condition = await db.Conditions.SingleAsync(c => c.Slug == slug);
            condition.LastReviewedOn = on;
            condition.ReviewIntervalMonths = null;
            await db.SaveChangesAsync();
        });

    [Fact]
    public async Task TheDashboardListsArticlesDueWithinThirtyDaysAndAReviewWithoutChangesTakesOneOff()
    {
        var today = Today();
        await SetLastReviewAsync("tennis-elbow", today.AddMonths(-12).AddDays(10));
        await SetLastReviewAsync("low-back-pain", today.AddMonths(-13));
        await SetLastReviewAsync("plantar-fasciitis", today.AddMonths(-6));
        var clinician = await factory.SignedInClientAsync(AdminRoles.Clinician);

        var dashboard = await clinician.GetDocumentAsync("/admin");
        var due = dashboard.QuerySelectorAll(".reviews-due li").Select(li => li.Text()).ToList();
        Assert.Contains(due, d => d.StartsWith("Tennis Elbow: due on", StringComparison.Ordinal));
        Assert.Contains(due, d => d.StartsWith("Low Back Pain: overdue since", StringComparison.Ordinal));
        Assert.DoesNotContain(due, d => d.StartsWith("Plantar Fasciitis", StringComparison.Ordinal));

        var id = await factory.WithDbAsync(db => db.Conditions.Where(c => c.Slug == "low-back-pain").Select(c => c.Id).SingleAsync());
        var versionBefore = await factory.WithDbAsync(db => db.Conditions.Where(c => c.Id == id).Select(c => c.Version).SingleAsync());
        using (var reviewed = await clinician.SubmitAsync($"/admin/conditions/{id}/edit", "#reviewed-no-changes-form", new Dictionary<string, string>()))
        {
            await AdminSession.AssertRedirectAsync(reviewed);
        }

        var stored = await factory.WithDbAsync(db => db.Conditions.AsNoTracking().SingleAsync(c => c.Id == id));
        Assert.Equal(today, stored.LastReviewedOn);
        Assert.Equal(versionBefore, stored.Version);
        Assert.Equal("Clinician tester", stored.ReviewedByName);
        var form = await clinician.GetDocumentAsync($"/admin/conditions/{id}/edit");
        Assert.Equal(today.AddMonths(12).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), form.One(".review-schedule .next-review").GetAttribute("datetime"));
        var after = await clinician.GetDocumentAsync("/admin");
        Assert.DoesNotContain(after.QuerySelectorAll(".reviews-due li"), li => li.Text().StartsWith("Low Back Pain", StringComparison.Ordinal));
        var patient = await factory.CreateClient().GetDocumentAsync("/conditions/low-back-pain");
        Assert.StartsWith("Reviewed by Clinician tester on", patient.One("main .reviewed-by").Text(), StringComparison.Ordinal);
        Assert.True(await factory.WithDbAsync(db => db.AuditEvents.AnyAsync(e => e.Action == "content.reviewed-no-changes" && e.Target.StartsWith($"Condition {id}:"))));

        // An Editor cannot record a review.
        var editor = await factory.SignedInClientAsync(AdminRoles.Editor);
        var editorForm = await editor.GetDocumentAsync($"/admin/conditions/{id}/edit");
        Assert.Null(editorForm.QuerySelector("#reviewed-no-changes-form"));
    }

    [Fact]
    public async Task AnApprovedChangeWithItsOwnIntervalSetsTheNextReviewDate()
    {
        var id = await factory.WithDbAsync(db => db.Conditions.Where(c => c.Slug == "frozen-shoulder").Select(c => c.Id).SingleAsync());
        var admin = await factory.SignedInClientAsync(AdminRoles.Admin);
        using (var saved = await admin.SubmitAsync($"/admin/conditions/{id}/edit", "#edit-form",
                   new Dictionary<string, string> { ["ReviewIntervalMonths"] = "6", ["Publish"] = "Draft" }))
        {
            await AdminSession.AssertRedirectAsync(saved);
        }

        foreach (var form in new[] { "#approve-form", "#publish-draft-form" })
        {
            using var done = await admin.SubmitAsync($"/admin/conditions/{id}/edit", form, new Dictionary<string, string>());
            await AdminSession.AssertRedirectAsync(done);
        }

        var today = Today();
        var stored = await factory.WithDbAsync(db => db.Conditions.AsNoTracking().SingleAsync(c => c.Id == id));
        Assert.Equal(6, stored.ReviewIntervalMonths);
        Assert.Equal(today, stored.LastReviewedOn);
        var page = await admin.GetDocumentAsync($"/admin/conditions/{id}/edit");
        Assert.Equal(today.AddMonths(6).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), page.One(".review-schedule .next-review").GetAttribute("datetime"));
    }

    [Fact]
    public async Task EachClinicianGetsOneReminderAWeekEvenWithTwoWorkers()
    {
        // Monday 7 December 2026, 09:00 in London.
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 7, 9, 0, 0, TimeSpan.Zero));
        await SetLastReviewAsync("sciatica", new DateOnly(2026, 12, 7).AddMonths(-12).AddDays(3));
        var email = await factory.CreateStaffAsync(AdminRoles.Clinician);
        var user = await factory.FindUserAsync(email);

        // Both workers ask at the same moment; returns how many reminders this clinician has been queued in all.
        async Task<int> TwoWorkersAsync()
        {
            await using var first = factory.Services.CreateAsyncScope();
            await using var second = factory.Services.CreateAsyncScope();
            var now = clock.GetUtcNow();
            await Task.WhenAll(
                first.ServiceProvider.GetRequiredService<ReviewReminders>().SendDueAsync(now, CancellationToken.None),
                second.ServiceProvider.GetRequiredService<ReviewReminders>().SendDueAsync(now, CancellationToken.None));
            return await factory.WithDbAsync(db => db.OutboxMessages.CountAsync(m => m.Kind == OutboxMessageKind.ReviewReminder && m.To.Contains(email)));
        }

        int MailsToClinician() => factory.Smtp.Received.Count(m => m.To.ToString().Contains(email, StringComparison.OrdinalIgnoreCase));

        Assert.Equal(1, await TwoWorkersAsync());
        var mail = await Eventually.MatchesAsync(
            () => factory.Smtp.Received.FirstOrDefault(m => m.To.ToString().Contains(email, StringComparison.OrdinalIgnoreCase)),
            m => m is not null, "the weekly reminder");
        Assert.StartsWith("Articles due for clinical review", mail!.Subject, StringComparison.Ordinal);
        Assert.Contains("Sciatica: due on", mail.TextBody, StringComparison.Ordinal);

        // Later the same week: nothing more.
        clock.Advance(TimeSpan.FromHours(30));
        Assert.Equal(1, await TwoWorkersAsync());

        // The next week: one more.
        clock.Advance(TimeSpan.FromDays(7));
        Assert.Equal(2, await TwoWorkersAsync());
        await Eventually.MatchesAsync(MailsToClinician, n => n == 2, "the second week's reminder");
        Assert.Equal(2, await factory.WithDbAsync(db => db.ReviewReminders.CountAsync(r => r.UserId == user.Id)));
        Assert.Equal(2, MailsToClinician());
    }
}
