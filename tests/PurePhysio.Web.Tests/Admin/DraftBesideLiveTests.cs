using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using PurePhysio.Web.Domain;
using PurePhysio.Web.Features.Admin;
using PurePhysio.Web.Features.Admin.Content;
using PurePhysio.Web.Features.Clinic;
using PurePhysio.Web.Tests.Caching;
using PurePhysio.Web.Tests.Infrastructure;

namespace PurePhysio.Web.Tests.Admin;

/// <summary>
/// The app with the output cache on and a clock the tests move (Monday 7 December 2026, 10:00 in London = UTC).
/// Without the minute sweep, so that what publishes a due draft is the request (or the test's own publishers).
/// </summary>
public sealed class DraftAppFactory : CachingAppFactory
{
    public static readonly DateTimeOffset Start = new(2026, 12, 7, 10, 0, 0, TimeSpan.Zero);

    public FakeTimeProvider Time { get; } = new(Start);

    protected override FakeTimeProvider? Clock => Time;

    protected override void ConfigureServices(IServiceCollection services)
    {
        base.ConfigureServices(services);
        var sweep = services.Single(d => d.ImplementationType == typeof(ScheduledDraftService));
        services.Remove(sweep);
    }
}

/// <summary>
/// Editing a live article or page keeps a draft beside it: patients (and the search, and the cached pages) keep
/// the published version until the draft is published, now or at its time; discarding it changes nothing they see.
/// </summary>
public sealed class DraftBesideLiveTests(DraftAppFactory factory) : IClassFixture<DraftAppFactory>, IAsyncLifetime
{
    // About editing, not approval: articles may be published without a clinician's approval here.
    public Task InitializeAsync() => factory.PublishConditionsWithoutApprovalAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private async Task<int> ConditionIdAsync(string slug) =>
        await factory.WithDbAsync(db => db.Conditions.Where(c => c.Slug == slug).Select(c => c.Id).SingleAsync());

    private async Task<AngleSharp.Html.Dom.IHtmlDocument> PatientSeesAsync(string path)
    {
        using var client = factory.CreateClient();
        return await client.GetDocumentAsync(path);
    }

    private static string ClinicTime(DateTimeOffset utc) => utc.ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture);

    [Fact]
    public async Task EditingALiveArticleSavesADraftThatPatientsDoNotSeeUntilItIsPublished()
    {
        const string slug = "sciatica";
        var id = await ConditionIdAsync(slug);
        // Cached before the edit: a draft must not evict (or replace) what patients get.
        var before = await PatientSeesAsync($"/conditions/{slug}");
        await PatientSeesAsync($"/conditions/{slug}");
        Assert.Contains("hit", factory.CacheOutcomes($"/conditions/{slug}"));
        var liveBody = before.One("main article").TextContent;

        var editorEmail = await factory.CreateStaffAsync(AdminRoles.Editor);
        var editor = factory.CreateAdminClient();
        await AdminSession.AssertRedirectAsync(await editor.SignInAsync(editorEmail));
        using (var saved = await editor.SubmitAsync($"/admin/conditions/{id}/edit", "#edit-form",
                   new Dictionary<string, string> { ["Body"] = "Walking helps with quokkaflux sciatica.", ["ChangeSummary"] = "New walking advice" }))
        {
            await AdminSession.AssertRedirectAsync(saved);
        }

        // Patients: the live page, the cached copy and the search are as they were.
        var during = await PatientSeesAsync($"/conditions/{slug}");
        Assert.Equal(liveBody, during.One("main article").TextContent);
        Assert.DoesNotContain("quokkaflux", during.Body!.TextContent, StringComparison.Ordinal);
        var search = await PatientSeesAsync("/search?q=quokkaflux");
        Assert.Empty(search.QuerySelectorAll(".search-results__title a"));
        var stored = await factory.WithDbAsync(db => db.Conditions.AsNoTracking().SingleAsync(c => c.Id == id));
        Assert.True(stored.IsPublished);
        Assert.DoesNotContain("quokkaflux", stored.Body, StringComparison.Ordinal);

        // Staff: the form shows the draft, who wrote it, and how it differs from the live version.
        var form = await editor.GetDocumentAsync($"/admin/conditions/{id}/edit");
        Assert.Contains("quokkaflux", form.One("#Body").TextContent, StringComparison.Ordinal);
        Assert.Equal(editorEmail, form.One(".draft-panel .draft-author").Text());
        Assert.Contains(form.QuerySelectorAll(".draft-panel .diff ins"), ins => ins.Text().Contains("quokkaflux", StringComparison.Ordinal));
        Assert.Equal("Published", form.One("fieldset .status").Text());

        // Preview: the draft in the public layout, marked as a preview.
        var preview = await editor.GetDocumentAsync($"/admin/conditions/{id}/draft/preview");
        Assert.Contains("quokkaflux", preview.One("main article").TextContent, StringComparison.Ordinal);
        Assert.NotNull(preview.QuerySelector(".preview-banner"));
        Assert.NotNull(preview.QuerySelector("header .opening-hours"));

        using (var published = await editor.SubmitAsync($"/admin/conditions/{id}/edit", "#publish-draft-form", new Dictionary<string, string>()))
        {
            await AdminSession.AssertRedirectAsync(published);
        }

        var after = await PatientSeesAsync($"/conditions/{slug}");
        Assert.Contains("quokkaflux", after.One("main article").TextContent, StringComparison.Ordinal);
        var found = await PatientSeesAsync("/search?q=quokkaflux");
        Assert.Equal([$"/conditions/{slug}"], found.QuerySelectorAll(".search-results__title a").Select(a => a.GetAttribute("href")));
        Assert.False(await factory.WithDbAsync(db => db.ContentDrafts.AnyAsync(d => d.ContentType == ContentTypes.Condition && d.ContentId == id)));
        var history = await editor.GetDocumentAsync($"/admin/conditions/{id}/history");
        Assert.Contains(history.QuerySelectorAll("tbody tr"), tr => tr.TextContent.Contains("New walking advice", StringComparison.Ordinal));
        Assert.True(await factory.WithDbAsync(db => db.AuditEvents.AnyAsync(e => e.Action == "content.published" && e.Target.StartsWith($"Condition {id}:"))));
        Assert.True(await factory.WithDbAsync(db => db.AuditEvents.AnyAsync(e => e.Action == "content.draft-saved" && e.Target.StartsWith($"Condition {id}:"))));
    }

    [Fact]
    public async Task DiscardingADraftLeavesTheLiveVersionAsItWas()
    {
        const string slug = "frozen-shoulder";
        var id = await ConditionIdAsync(slug);
        var liveTitle = (await PatientSeesAsync($"/conditions/{slug}")).One("main h1").Text();
        var editor = await factory.SignedInClientAsync(AdminRoles.Editor);
        using (var saved = await editor.SubmitAsync($"/admin/conditions/{id}/edit", "#edit-form", new Dictionary<string, string> { ["Title"] = "Adhesive Capsulitis Draft" }))
        {
            await AdminSession.AssertRedirectAsync(saved);
        }

        using (var discarded = await editor.SubmitAsync($"/admin/conditions/{id}/edit", "#discard-draft-form", new Dictionary<string, string>()))
        {
            await AdminSession.AssertRedirectAsync(discarded);
        }

        var form = await editor.GetDocumentAsync($"/admin/conditions/{id}/edit");
        Assert.Null(form.QuerySelector(".draft-panel"));
        Assert.Equal(liveTitle, form.One("#Title").GetAttribute("value"));
        Assert.Equal(liveTitle, (await PatientSeesAsync($"/conditions/{slug}")).One("main h1").Text());
        Assert.True(await factory.WithDbAsync(db => db.AuditEvents.AnyAsync(e => e.Action == "content.draft-discarded" && e.Target.StartsWith($"Condition {id}:"))));
    }

    [Fact]
    public async Task AScheduledDraftReplacesTheCachedLiveVersionAtItsTimeAndIsPublishedOnce()
    {
        const string slug = "tennis-elbow";
        var id = await ConditionIdAsync(slug);
        var editor = await factory.SignedInClientAsync(AdminRoles.Editor);
        var publishAt = factory.Time.GetUtcNow().AddHours(2);
        using (var saved = await editor.SubmitAsync($"/admin/conditions/{id}/edit", "#edit-form", new Dictionary<string, string>
               {
                   ["Summary"] = "Scheduled summary zebrafinch.",
                   ["Publish"] = "Publish",
                   ["PublishAt"] = ClinicTime(publishAt),
               }))
        {
            await AdminSession.AssertRedirectAsync(saved);
        }

        var early = await PatientSeesAsync($"/conditions/{slug}");
        await PatientSeesAsync($"/conditions/{slug}");
        Assert.DoesNotContain("zebrafinch", early.Head!.InnerHtml, StringComparison.Ordinal);
        Assert.True(await factory.WithDbAsync(db => db.Conditions.AnyAsync(c => c.Id == id && c.IsPublished)));
        var form = await editor.GetDocumentAsync($"/admin/conditions/{id}/edit");
        Assert.NotNull(form.QuerySelector(".draft-panel .draft-scheduled"));

        factory.Time.SetUtcNow(publishAt.AddSeconds(1));
        var onTime = await PatientSeesAsync($"/conditions/{slug}");
        Assert.Equal("Scheduled summary zebrafinch.", onTime.One("meta[name=description]").GetAttribute("content"));

        // Asked again (another instance's sweep, another request): nothing is left to publish.
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            Assert.Equal(0, await scope.ServiceProvider.GetRequiredService<IScheduledPublication>().PublishDueAsync(CancellationToken.None));
        }

        Assert.Equal(1, await factory.WithDbAsync(db => db.AuditEvents.CountAsync(e => e.Action == "content.published" && e.Target.StartsWith($"Condition {id}:"))));
        var revisions = await factory.WithDbAsync(db => db.ContentRevisions.Where(r => r.ContentType == ContentTypes.Condition && r.ContentId == id).ToListAsync());
        Assert.Single(revisions, r => r.UserEmail != "");
        Assert.False(await factory.WithDbAsync(db => db.ContentDrafts.AnyAsync(d => d.ContentId == id && d.ContentType == ContentTypes.Condition)));
    }

    [Fact]
    public async Task TwoPublishersRacingForOneDueDraftPublishItOnce()
    {
        const string slug = "low-back-pain";
        var id = await ConditionIdAsync(slug);
        var editor = await factory.SignedInClientAsync(AdminRoles.Editor);
        var publishAt = factory.Time.GetUtcNow().AddMinutes(30);
        using (var saved = await editor.SubmitAsync($"/admin/conditions/{id}/edit", "#edit-form", new Dictionary<string, string>
               {
                   ["Summary"] = "Raced summary.",
                   ["Publish"] = "Publish",
                   ["PublishAt"] = ClinicTime(publishAt),
               }))
        {
            await AdminSession.AssertRedirectAsync(saved);
        }

        factory.Time.SetUtcNow(publishAt.AddSeconds(1));
        await using var first = factory.Services.CreateAsyncScope();
        await using var second = factory.Services.CreateAsyncScope();
        var results = await Task.WhenAll(
            first.ServiceProvider.GetRequiredService<IScheduledPublication>().PublishDueAsync(CancellationToken.None),
            second.ServiceProvider.GetRequiredService<IScheduledPublication>().PublishDueAsync(CancellationToken.None));

        Assert.Equal(1, results.Sum());
        Assert.Equal(1, await factory.WithDbAsync(db => db.AuditEvents.CountAsync(e => e.Action == "content.published" && e.Target.StartsWith($"Condition {id}:"))));
        Assert.Equal("Raced summary.", await factory.WithDbAsync(db => db.Conditions.Where(c => c.Id == id).Select(c => c.Summary).SingleAsync()));
    }

    [Fact]
    public async Task SavingADraftNeverTakesAPageOfflineUnpublishingIsItsOwnAction()
    {
        var id = await factory.WithDbAsync(db => db.StaticPages.Where(p => p.Slug == "professionals").Select(p => p.Id).SingleAsync());
        var editor = await factory.SignedInClientAsync(AdminRoles.Editor);
        using (var draft = await editor.SubmitAsync($"/admin/pages/{id}/edit", "#edit-form",
                   new Dictionary<string, string> { ["Publish"] = "Draft", ["Body"] = "A draft for professionals." }))
        {
            await AdminSession.AssertRedirectAsync(draft);
        }

        var live = await PatientSeesAsync("/professionals");
        Assert.DoesNotContain("A draft for professionals.", live.One("main").TextContent, StringComparison.Ordinal);

        using (var unpublished = await editor.SubmitAsync($"/admin/pages/{id}/edit", "#unpublish-form", new Dictionary<string, string>()))
        {
            await AdminSession.AssertRedirectAsync(unpublished);
        }

        using var anonymous = factory.CreateClient();
        using var gone = await anonymous.GetAsync(new Uri("/professionals", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        Assert.True(await factory.WithDbAsync(db => db.AuditEvents.AnyAsync(e => e.Action == "content.unpublished" && e.Target.StartsWith($"Page {id}:"))));

        // Publishing the draft brings the page back with the draft's text.
        using (var published = await editor.SubmitAsync($"/admin/pages/{id}/edit", "#publish-draft-form", new Dictionary<string, string>()))
        {
            await AdminSession.AssertRedirectAsync(published);
        }

        Assert.Contains("A draft for professionals.", (await PatientSeesAsync("/professionals")).One("main").TextContent, StringComparison.Ordinal);
    }
}
