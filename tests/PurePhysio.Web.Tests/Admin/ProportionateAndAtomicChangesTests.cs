using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using PurePhysio.Web.Domain;
using PurePhysio.Web.Features.Admin;
using PurePhysio.Web.Tests.Infrastructure;
using Xunit.Abstractions;

namespace PurePhysio.Web.Tests.Admin;

/// <summary>A save writes what changed; a delete takes the item and its dependants together, or nothing.</summary>
public sealed class ProportionateAndAtomicChangesTests(SqlProbeAppFactory factory, ITestOutputHelper output)
    : IClassFixture<SqlProbeAppFactory>, IDisposable, IAsyncLifetime
{
    // About editing, not approval: articles may be published without a clinician's approval here.
    public Task InitializeAsync() => factory.PublishConditionsWithoutApprovalAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private static Dictionary<string, string> Article(string slug, string body) => new()
    {
        ["Title"] = "Probe " + slug,
        ["Slug"] = slug,
        ["Summary"] = "Pain on the outside of the elbow.",
        ["Introduction"] = "An introduction.",
        ["Symptoms"] = "Pain when gripping\nStiffness in the morning\nWeak grip\nAche at night",
        ["Body"] = body,
        ["UrgencyNotice"] = "",
        ["Resources"] = "NHS: Tennis elbow | https://www.nhs.uk/conditions/tennis-elbow/ | NHS\nBMJ | https://www.bmj.com/ | BMJ",
        ["LastReviewedOn"] = "2026-01-10",
        ["Publish"] = "Publish",
        ["PublishAt"] = "",
        ["ChangeSummary"] = "",
    };

    /// <summary>About 400 words in four paragraphs, like a real article.</summary>
    private static string Body(string firstParagraph) =>
        firstParagraph + "\n\n" + string.Join("\n\n", Enumerable.Range(1, 3).Select(p =>
            string.Join(' ', Enumerable.Range(1, 130).Select(w => $"word{p}x{w}"))));

    private async Task<int> CreateAsync(HttpClient admin, string slug)
    {
        using var created = await admin.SubmitAsync("/admin/conditions/create", "#edit-form", Article(slug, Body("Exercises help most people.")));
        await AdminSession.AssertRedirectAsync(created);
        return await factory.WithDbAsync(db => db.Conditions.Where(c => c.Slug == slug).Select(c => c.Id).SingleAsync());
    }

    [Fact]
    public async Task EditingOneParagraphWritesNoSymptomOrResourceRowsAndFewCommandsBesidesTheSearchIndex()
    {
        var admin = await factory.SignedInClientAsync(AdminRoles.Editor);
        var id = await CreateAsync(admin, "probe-edit");
        var form = Article("probe-edit", Body("Exercises and rest help most people within weeks."));
        var page = await admin.GetDocumentAsync($"/admin/conditions/{id}/edit");

        factory.Probe.Recording = true;
        using (var saved = await admin.PostFormAsync((AngleSharp.Html.Dom.IHtmlFormElement)page.One("#edit-form"), $"/admin/conditions/{id}/edit", form))
        {
            factory.Probe.Recording = false;
            await AdminSession.AssertRedirectAsync(saved);
        }

        var commands = factory.Probe.Commands;
        static bool ForSearch(string c) => c.Contains("\"SearchPostings\"", StringComparison.Ordinal) || c.Contains("\"SearchDocuments\"", StringComparison.Ordinal);
        var search = commands.Where(ForSearch).ToList();
        var rest = commands.Where(c => !ForSearch(c)).ToList();
        output.WriteLine($"SQL commands for one article edit: {commands.Count} in all, {search.Count} for the search index, {rest.Count} for everything else.");
        foreach (var c in rest)
        {
            output.WriteLine(c.ReplaceLineEndings(" "));
        }

        Assert.DoesNotContain(commands, c => c.Contains("\"Symptoms\"", StringComparison.Ordinal) && !c.TrimStart().StartsWith("SELECT", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(commands, c => c.Contains("\"ConditionResources\"", StringComparison.Ordinal) && !c.TrimStart().StartsWith("SELECT", StringComparison.OrdinalIgnoreCase));
        Assert.InRange(rest.Count, 1, 29);
        Assert.Contains("within weeks", (await factory.CreateClient().GetDocumentAsync("/conditions/probe-edit")).One("main").TextContent);
    }

    [Fact]
    public async Task ChangedSymptomsAreUpdatedInPlaceAndExtraOnesRemoved()
    {
        var admin = await factory.SignedInClientAsync(AdminRoles.Editor);
        var id = await CreateAsync(admin, "probe-symptoms");
        var before = await factory.WithDbAsync(db => db.Symptoms.Where(s => s.ConditionId == id).OrderBy(s => s.SortOrder).Select(s => s.Id).ToListAsync());
        var form = Article("probe-symptoms", Body("Exercises help most people."));
        form["Symptoms"] = "Pain when gripping\nStiffness all day";

        using (var saved = await admin.SubmitAsync($"/admin/conditions/{id}/edit", "#edit-form", form))
        {
            await AdminSession.AssertRedirectAsync(saved);
        }

        var after = await factory.WithDbAsync(db => db.Symptoms.Where(s => s.ConditionId == id).OrderBy(s => s.SortOrder).ToListAsync());
        Assert.Equal(["Pain when gripping", "Stiffness all day"], after.Select(s => s.Text));
        Assert.Equal(before.Take(2), after.Select(s => s.Id));
    }

    [Fact]
    public async Task AConditionDeleteThatFailsHalfwayLeavesTheArticleItsRevisionsAndRedirectsAsTheyWere()
    {
        var admin = await factory.SignedInClientAsync(AdminRoles.Editor);
        var id = await CreateAsync(admin, "probe-delete-old");
        using (var renamed = await admin.SubmitAsync($"/admin/conditions/{id}/edit", "#edit-form", Article("probe-delete-new", Body("Renamed."))))
        {
            await AdminSession.AssertRedirectAsync(renamed);
        }

        var (revisions, redirects) = await CountDependantsAsync(id);
        Assert.True(revisions >= 2 && redirects == 1, $"revisions {revisions}, redirects {redirects}");

        // Revisions and redirects go first; the article's own DELETE then fails.
        factory.Probe.FailWhen = "DELETE FROM \"Conditions\"";
        var confirm = await admin.GetDocumentAsync($"/admin/conditions/{id}/delete");
        using (var failed = await admin.PostFormAsync((AngleSharp.Html.Dom.IHtmlFormElement)confirm.One("main form"), $"/admin/conditions/{id}/delete", new Dictionary<string, string>()))
        {
            Assert.Equal(HttpStatusCode.InternalServerError, failed.StatusCode);
        }

        Assert.Null(factory.Probe.FailWhen);
        Assert.True(await factory.WithDbAsync(db => db.Conditions.AnyAsync(c => c.Id == id)));
        Assert.Equal((revisions, redirects), await CountDependantsAsync(id));
        using var patient = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        Assert.Equal(HttpStatusCode.MovedPermanently, (await patient.GetAsync("/conditions/probe-delete-old")).StatusCode);
        Assert.False(await factory.WithDbAsync(db => db.AuditEvents.AnyAsync(e => e.Action == "content.deleted" && e.Target.StartsWith($"Condition {id}:"))));

        // And without the failure, everything goes together.
        using (var deleted = await admin.SubmitAsync($"/admin/conditions/{id}/delete", "main form", new Dictionary<string, string>()))
        {
            await AdminSession.AssertRedirectAsync(deleted);
        }

        Assert.False(await factory.WithDbAsync(db => db.Conditions.AnyAsync(c => c.Id == id)));
        Assert.Equal((0, 0), await CountDependantsAsync(id));
    }

    [Fact]
    public async Task AnEnquiryDeleteThatFailsHalfwayLeavesTheEnquiryItsNotesAndItsMailAsTheyWere()
    {
        var admin = await factory.SignedInClientAsync(AdminRoles.Admin);
        var now = DateTimeOffset.UtcNow;
        var id = await factory.WithDbAsync(async db =>
        {
            var enquiry = new Enquiry
            {
                Reference = "PP-" + Guid.NewGuid().ToString("N")[..6].ToUpperInvariant(),
                Name = "Probe Patient",
                Email = "probe@example.com",
                Message = "My knee hurts.",
                ConsentVersion = "test",
                ConsentGivenAt = now,
                CreatedAt = now,
                OutboxMessages =
                [
                    // Not due for a year: the delivery worker leaves it alone during the test.
                    new OutboxMessage { To = "staff@clinic.test", Subject = "s", TextBody = "b", MessageId = Guid.NewGuid() + "@test", CreatedAt = now, NextAttemptAt = now.AddYears(1) },
                ],
            };
            db.Enquiries.Add(enquiry);
            await db.SaveChangesAsync();
            db.EnquiryNotes.Add(new EnquiryNote { EnquiryId = enquiry.Id, Text = "Called back.", CreatedAt = now });
            await db.SaveChangesAsync();
            return enquiry.Id;
        });

        factory.Probe.FailWhen = "DELETE FROM \"Enquiries\"";
        var confirm = await admin.GetDocumentAsync($"/admin/enquiries/{id}/delete");
        using (var failed = await admin.PostFormAsync((AngleSharp.Html.Dom.IHtmlFormElement)confirm.One("main form"), $"/admin/enquiries/{id}/delete", new Dictionary<string, string>()))
        {
            Assert.Equal(HttpStatusCode.InternalServerError, failed.StatusCode);
        }

        Assert.Null(factory.Probe.FailWhen);
        Assert.True(await factory.WithDbAsync(db => db.Enquiries.AnyAsync(e => e.Id == id)));
        Assert.Equal(1, await factory.WithDbAsync(db => db.EnquiryNotes.CountAsync(n => n.EnquiryId == id)));
        Assert.Equal(1, await factory.WithDbAsync(db => db.OutboxMessages.CountAsync(m => m.EnquiryId == id)));

        using (var deleted = await admin.SubmitAsync($"/admin/enquiries/{id}/delete", "main form", new Dictionary<string, string>()))
        {
            await AdminSession.AssertRedirectAsync(deleted);
        }

        Assert.False(await factory.WithDbAsync(db => db.Enquiries.AnyAsync(e => e.Id == id)));
        Assert.Equal(0, await factory.WithDbAsync(db => db.EnquiryNotes.CountAsync(n => n.EnquiryId == id)));
        Assert.Equal(0, await factory.WithDbAsync(db => db.OutboxMessages.CountAsync(m => m.EnquiryId == id)));
    }

    private Task<(int Revisions, int Redirects)> CountDependantsAsync(int id) => factory.WithDbAsync(async db =>
        (await db.ContentRevisions.CountAsync(r => r.ContentType == ContentTypes.Condition && r.ContentId == id),
         await db.SlugRedirects.CountAsync(r => r.ContentType == ContentTypes.Condition && r.ContentId == id)));

    public void Dispose() => factory.Probe.Reset();
}
