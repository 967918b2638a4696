using System.Globalization;
using System.Net;
using System.Text.Json;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using PurePhysio.Web.Domain;
using PurePhysio.Web.Features.Admin;
using PurePhysio.Web.Tests.Enquiries;
using PurePhysio.Web.Tests.Infrastructure;

namespace PurePhysio.Web.Tests.Admin;

/// <summary>
/// With the clinic's default setting, a condition article reaches patients only once a Clinician has approved it:
/// an Editor cannot publish one (refused on the server, not only hidden), reviewers and authors hear of each step by
/// email (real SMTP, through the outbox), and the published article says who reviewed it and when.
/// </summary>
public sealed class ClinicalApprovalTests(EnquiryAppFactory factory) : IClassFixture<EnquiryAppFactory>
{
    private async Task<int> ConditionIdAsync(string slug) =>
        await factory.WithDbAsync(db => db.Conditions.Where(c => c.Slug == slug).Select(c => c.Id).SingleAsync());

    private async Task<(HttpClient Client, string Email)> SignInAsync(string role)
    {
        var email = await factory.CreateStaffAsync(role);
        var client = factory.CreateAdminClient();
        await AdminSession.AssertRedirectAsync(await client.SignInAsync(email));
        return (client, email);
    }

    private static async Task SaveDraftAsync(HttpClient editor, int id, string body)
    {
        using var saved = await editor.SubmitAsync($"/admin/conditions/{id}/edit", "#edit-form",
            new Dictionary<string, string> { ["Body"] = body, ["Publish"] = "Draft", ["ChangeSummary"] = "Clearer advice" });
        await AdminSession.AssertRedirectAsync(saved);
    }

    private static async Task PostAsync(HttpClient client, string page, string form, Dictionary<string, string>? values = null)
    {
        using var response = await client.SubmitAsync(page, form, values ?? []);
        await AdminSession.AssertRedirectAsync(response);
    }

    private async Task<MimeKit.MimeMessage> MailToAsync(string address, string subjectStart)
    {
        var mail = await Eventually.MatchesAsync(
            () => factory.Smtp.Received.FirstOrDefault(m => m.To.ToString().Contains(address, StringComparison.OrdinalIgnoreCase)
                                                            && (m.Subject ?? "").StartsWith(subjectStart, StringComparison.Ordinal)),
            m => m is not null, $"mail “{subjectStart}” to {address}");
        return mail!;
    }

    [Fact]
    public async Task AnEditorCannotPublishAConditionWithoutAClinicianApprovingIt()
    {
        const string slug = "plantar-fasciitis";
        var id = await ConditionIdAsync(slug);
        var (editor, _) = await SignInAsync(AdminRoles.Editor);
        var before = await factory.WithDbAsync(db => db.Conditions.AsNoTracking().SingleAsync(c => c.Id == id));

        // Straight from the form: refused with the reason, nothing changes.
        using (var direct = await editor.SubmitAsync($"/admin/conditions/{id}/edit", "#edit-form",
                   new Dictionary<string, string> { ["Body"] = "Unreviewed advice.", ["Publish"] = "Publish" }))
        {
            Assert.Equal(HttpStatusCode.Forbidden, direct.StatusCode);
            var doc = await Html.ParseAsync(direct);
            Assert.Contains("needs a clinician's approval", doc.One(".error-summary").TextContent, StringComparison.Ordinal);
        }

        // As a draft, then the publish endpoint posted directly (its button is not shown to them): refused too.
        await SaveDraftAsync(editor, id, "Unreviewed advice.");
        var page = await editor.GetDocumentAsync($"/admin/conditions/{id}/edit");
        Assert.Null(page.QuerySelector("#publish-draft-form"));
        Assert.Null(page.QuerySelector("#approve-form"));
        var submit = (IHtmlFormElement)page.One("#submit-review-form");
        var fields = FormSubmission.FieldsOf(submit);
        using (var content = new FormUrlEncodedContent(fields))
        using (var forced = await editor.PostAsync(new Uri($"/admin/conditions/{id}/draft/publish", UriKind.Relative), content))
        {
            Assert.Equal(HttpStatusCode.Forbidden, forced.StatusCode);
        }

        // Nor may they approve their own draft.
        using (var content = new FormUrlEncodedContent(fields))
        using (var approve = await editor.PostAsync(new Uri($"/admin/conditions/{id}/review/approve", UriKind.Relative), content))
        {
            Assert.Equal(HttpStatusCode.Forbidden, approve.StatusCode);
        }

        var after = await factory.WithDbAsync(db => db.Conditions.AsNoTracking().SingleAsync(c => c.Id == id));
        Assert.Equal(before.Body, after.Body);
        Assert.Equal(before.Version, after.Version);
        Assert.Equal(ReviewStatus.None, await factory.WithDbAsync(db => db.ContentDrafts.Where(d => d.ContentId == id && d.ContentType == ContentTypes.Condition)
            .Select(d => d.ReviewStatus).SingleAsync()));
        Assert.DoesNotContain("Unreviewed advice.", (await factory.CreateClient().GetDocumentAsync($"/conditions/{slug}")).One("main article").TextContent,
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task AClinicianApprovesASubmittedDraftAndThePublishedArticleSaysWhoReviewedItAndWhen()
    {
        const string slug = "sciatica";
        var id = await ConditionIdAsync(slug);
        var (editor, editorEmail) = await SignInAsync(AdminRoles.Editor);
        var (clinician, clinicianEmail) = await SignInAsync(AdminRoles.Clinician);
        await SaveDraftAsync(editor, id, "Keep walking: reviewed advice.");

        await PostAsync(editor, $"/admin/conditions/{id}/edit", "#submit-review-form");
        var request = await MailToAsync(clinicianEmail, "For review: Sciatica");
        Assert.Contains($"/admin/conditions/{id}/edit", request.TextBody, StringComparison.Ordinal);
        var dashboard = await clinician.GetDocumentAsync("/admin");
        Assert.Contains(dashboard.QuerySelectorAll(".awaiting-review li a"), a => a.Text() == "Sciatica" && a.GetAttribute("href") == $"/admin/conditions/{id}/edit");
        var list = await clinician.GetDocumentAsync("/admin/conditions");
        var row = list.QuerySelectorAll("tbody tr").Single(tr => tr.One("th a").Text() == "Sciatica");
        Assert.Equal("Draft waiting", row.One(".draft-waiting").Text());
        Assert.Equal("Waiting for review", row.One(".review-state").Text());

        await PostAsync(clinician, $"/admin/conditions/{id}/edit", "#approve-form");
        var approved = await MailToAsync(editorEmail, "Approved: Sciatica");
        Assert.Contains(clinicianEmail, approved.TextBody, StringComparison.Ordinal);

        await PostAsync(editor, $"/admin/conditions/{id}/edit", "#publish-draft-form");

        var london = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, london).DateTime);
        var patient = await factory.CreateClient().GetDocumentAsync($"/conditions/{slug}");
        Assert.Contains("Keep walking: reviewed advice.", patient.One("main article").TextContent, StringComparison.Ordinal);
        Assert.Equal($"Reviewed by Clinician tester on {today.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)}", patient.One("main .reviewed-by").Text());
        var page = patient.QuerySelectorAll("script[type='application/ld+json']")
            .Select(s => JsonDocument.Parse(s.TextContent).RootElement)
            .Single(j => j.TryGetProperty("@type", out var t) && t.GetString() == "MedicalWebPage");
        Assert.Equal(today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), page.GetProperty("lastReviewed").GetString());
        Assert.Equal("Clinician tester", page.GetProperty("reviewedBy").GetProperty("name").GetString());

        var actions = await factory.WithDbAsync(db => db.AuditEvents.Where(e => e.Target.StartsWith($"Condition {id}:")).Select(e => e.Action).ToListAsync());
        Assert.Contains("content.submitted", actions);
        Assert.Contains("content.approved", actions);
        Assert.Contains("content.published", actions);
    }

    [Fact]
    public async Task AClinicianSendsADraftBackWithACommentThatReachesTheAuthor()
    {
        const string slug = "frozen-shoulder";
        var id = await ConditionIdAsync(slug);
        var (editor, editorEmail) = await SignInAsync(AdminRoles.Editor);
        var (clinician, _) = await SignInAsync(AdminRoles.Clinician);
        await SaveDraftAsync(editor, id, "Rest it completely for six months.");
        await PostAsync(editor, $"/admin/conditions/{id}/edit", "#submit-review-form");

        // A comment is required.
        using (var empty = await clinician.SubmitAsync($"/admin/conditions/{id}/edit", "#send-back-form", new Dictionary<string, string> { ["comment"] = " " }))
        {
            await AdminSession.AssertRedirectAsync(empty);
        }

        Assert.Equal(ReviewStatus.Submitted, await factory.WithDbAsync(db => db.ContentDrafts.Where(d => d.ContentId == id && d.ContentType == ContentTypes.Condition)
            .Select(d => d.ReviewStatus).SingleAsync()));

        await PostAsync(clinician, $"/admin/conditions/{id}/edit", "#send-back-form",
            new Dictionary<string, string> { ["comment"] = "Complete rest is not advised: keep the shoulder moving gently." });

        var mail = await MailToAsync(editorEmail, "Changes requested: Frozen Shoulder");
        Assert.Contains("Complete rest is not advised: keep the shoulder moving gently.", mail.TextBody, StringComparison.Ordinal);
        var form = await editor.GetDocumentAsync($"/admin/conditions/{id}/edit");
        Assert.Equal("Complete rest is not advised: keep the shoulder moving gently.", form.One(".review-comment").Text());
        Assert.Null(form.QuerySelector("#publish-draft-form"));
        Assert.True(await factory.WithDbAsync(db => db.AuditEvents.AnyAsync(e => e.Action == "content.sent-back" && e.Target.StartsWith($"Condition {id}:"))));
    }

    [Fact]
    public async Task AClinicianLinkedToATeamProfileIsNamedByThatProfile()
    {
        const string slug = "tennis-elbow";
        var id = await ConditionIdAsync(slug);
        var profile = await factory.WithDbAsync(db => db.Practitioners.Where(p => p.IsPublished).OrderBy(p => p.Id).Select(p => new { p.Id, p.Name, p.Role, p.Slug }).FirstAsync());
        var (editor, _) = await SignInAsync(AdminRoles.Editor);
        var (clinician, clinicianEmail) = await SignInAsync(AdminRoles.Clinician);
        var (admin, _) = await SignInAsync(AdminRoles.Admin);
        var user = await factory.FindUserAsync(clinicianEmail);
        await PostAsync(admin, $"/admin/users/{user.Id}", "#profile-form",
            new Dictionary<string, string> { ["PractitionerId"] = profile.Id.ToString(CultureInfo.InvariantCulture) });
        Assert.True(await factory.WithDbAsync(db => db.AuditEvents.AnyAsync(e => e.Action == "user.profile-linked" && e.Target == clinicianEmail)));

        await SaveDraftAsync(editor, id, "Grip strengthening helps.");
        await PostAsync(clinician, $"/admin/conditions/{id}/edit", "#approve-form");
        await PostAsync(editor, $"/admin/conditions/{id}/edit", "#publish-draft-form");

        var patient = await factory.CreateClient().GetDocumentAsync($"/conditions/{slug}");
        Assert.StartsWith($"Reviewed by {profile.Name}, {profile.Role} on", patient.One("main .reviewed-by").Text(), StringComparison.Ordinal);
        Assert.Equal($"/team/{profile.Slug}", patient.One("main .reviewed-by a").GetAttribute("href"));
        Assert.Equal(profile.Id, await factory.WithDbAsync(db => db.Conditions.Where(c => c.Id == id).Select(c => c.ReviewedByPractitionerId).SingleAsync()));
    }

    [Fact]
    public async Task PagesNeverNeedApproval()
    {
        var id = await factory.WithDbAsync(db => db.StaticPages.Where(p => p.Slug == "about").Select(p => p.Id).SingleAsync());
        var (editor, _) = await SignInAsync(AdminRoles.Editor);
        using (var saved = await editor.SubmitAsync($"/admin/pages/{id}/edit", "#edit-form",
                   new Dictionary<string, string> { ["Body"] = "We are a friendly clinic.", ["Publish"] = "Publish" }))
        {
            await AdminSession.AssertRedirectAsync(saved);
        }

        Assert.Contains("We are a friendly clinic.", (await factory.CreateClient().GetDocumentAsync("/about")).One("main").TextContent, StringComparison.Ordinal);
    }
}
