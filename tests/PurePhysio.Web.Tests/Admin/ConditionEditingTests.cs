using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using PurePhysio.Web.Data;
using PurePhysio.Web.Features.Admin;
using PurePhysio.Web.Tests.Infrastructure;

namespace PurePhysio.Web.Tests.Admin;

/// <summary>The app with a clock the tests move, starting at a fixed winter instant (clinic time = UTC).</summary>
public sealed class FakeClockAppFactory : ClinicAppFactory
{
    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 1, 15, 10, 0, 0, TimeSpan.Zero));

    protected override void ConfigureServices(IServiceCollection services) => services.AddSingleton<TimeProvider>(Clock);
}

public sealed class ConditionEditingTests(FakeClockAppFactory factory) : IClassFixture<FakeClockAppFactory>, IAsyncLifetime
{
    // About editing, not approval: articles may be published without a clinician's approval here.
    public Task InitializeAsync() => factory.PublishConditionsWithoutApprovalAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private static Dictionary<string, string> Article(string slug, string title = "Tennis Elbow", string publish = "Publish", string publishAt = "") => new()
    {
        ["Title"] = title,
        ["Slug"] = slug,
        ["Summary"] = "Pain on the outside of the elbow.",
        ["Introduction"] = "Tennis elbow is **common**.",
        ["Symptoms"] = "Pain when gripping\nStiffness in the morning",
        ["Body"] = "## Treatment\n\nExercises help.",
        ["UrgencyNotice"] = "",
        ["Resources"] = "NHS: Tennis elbow | https://www.nhs.uk/conditions/tennis-elbow/ | NHS",
        ["LastReviewedOn"] = "2026-01-10",
        ["Publish"] = publish,
        ["PublishAt"] = publishAt,
        ["ChangeSummary"] = "First draft",
    };

    private async Task<int> IdOfAsync(string slug) =>
        await factory.WithDbAsync(db => db.Conditions.Where(c => c.Slug == slug).Select(c => c.Id).SingleAsync());

    [Fact]
    public async Task EditorCreatesAPublishedArticleThatPatientsSeeAtOnce()
    {
        var client = await factory.SignedInClientAsync(AdminRoles.Editor);

        using var saved = await client.SubmitAsync("/admin/conditions/create", "#edit-form", Article("golfers-elbow-test", title: "Golfers Elbow Test"));

        await AdminSession.AssertRedirectAsync(saved);
        var page = await factory.CreateClient().GetDocumentAsync("/conditions/golfers-elbow-test");
        Assert.Equal("Golfers Elbow Test", page.One("main h1").Text());
        Assert.Equal(["Pain when gripping", "Stiffness in the morning"], page.QuerySelectorAll(".symptoms li").Select(li => li.Text()));
        Assert.Equal("https://www.nhs.uk/conditions/tennis-elbow/", page.One(".resources a").GetAttribute("href"));
        var list = await client.GetDocumentAsync("/admin/conditions");
        var row = list.QuerySelectorAll("tbody tr").Single(tr => tr.One("th a").Text() == "Golfers Elbow Test");
        Assert.Equal("Published", row.One(".status").Text());
    }

    [Fact]
    public async Task SiteSearchFindsWhatStaffPublishAndForgetsWhatTheyUnpublish()
    {
        var client = await factory.SignedInClientAsync(AdminRoles.Editor);
        var form = Article("search-fresh-article", title: "Searchable Article");
        form["Body"] = "Treatment of the zygapophyseal joint.";
        using (var saved = await client.SubmitAsync("/admin/conditions/create", "#edit-form", form))
        {
            await AdminSession.AssertRedirectAsync(saved);
        }

        var anonymous = factory.CreateClient();
        var found = await anonymous.GetDocumentAsync("/search?q=zygapophyseal");
        Assert.Equal(["/conditions/search-fresh-article"], found.QuerySelectorAll(".search-results__title a").Select(a => a.GetAttribute("href")));

        var id = await IdOfAsync("search-fresh-article");
        using (var unpublished = await client.SubmitAsync($"/admin/conditions/{id}/edit", "#unpublish-form", new Dictionary<string, string>()))
        {
            await AdminSession.AssertRedirectAsync(unpublished);
        }

        var gone = await anonymous.GetDocumentAsync("/search?q=zygapophyseal");
        Assert.Empty(gone.QuerySelectorAll(".search-results__title a"));
    }

    [Fact]
    public async Task PreviewShowsTheArticleAsPatientsWouldWithoutPublishingIt()
    {
        var client = await factory.SignedInClientAsync(AdminRoles.Editor);
        var form = Article("preview-only", title: "Preview Only Article", publish: "Draft");

        using var preview = await client.SubmitAsync("/admin/conditions/create", "#edit-form", form, "button[formaction]");

        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        var doc = await Html.ParseAsync(preview);
        Assert.Equal("Preview Only Article", doc.One("main h1").Text());
        Assert.Equal("common", doc.One("main article strong").Text());
        Assert.NotNull(doc.QuerySelector(".preview-banner"));
        Assert.NotNull(doc.QuerySelector("header .opening-hours"));
        Assert.False(await factory.WithDbAsync(db => db.Conditions.AnyAsync(c => c.Slug == "preview-only")));
        using var publicResponse = await factory.CreateClient().GetAsync(new Uri("/conditions/preview-only", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, publicResponse.StatusCode);
    }

    [Fact]
    public async Task DraftIsHiddenUntilPublished()
    {
        var client = await factory.SignedInClientAsync(AdminRoles.Editor);
        using var _ = await client.SubmitAsync("/admin/conditions/create", "#edit-form", Article("draft-then-live", publish: "Draft"));
        var anonymous = factory.CreateClient();

        using (var hidden = await anonymous.GetAsync(new Uri("/conditions/draft-then-live", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
        }

        var id = await IdOfAsync("draft-then-live");
        using var published = await client.SubmitAsync($"/admin/conditions/{id}/edit", "#edit-form", new Dictionary<string, string> { ["Publish"] = "Publish" });
        await AdminSession.AssertRedirectAsync(published);
        using var visible = await anonymous.GetAsync(new Uri("/conditions/draft-then-live", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, visible.StatusCode);
    }

    [Fact]
    public async Task FuturePublishDateSchedulesTheArticleInClinicTime()
    {
        var client = await factory.SignedInClientAsync(AdminRoles.Editor);
        var london = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");
        var publishAt = factory.Clock.GetUtcNow().AddDays(3);
        var clinicTime = TimeZoneInfo.ConvertTime(publishAt, london);
        using var saved = await client.SubmitAsync("/admin/conditions/create", "#edit-form",
            Article("scheduled-article", publishAt: clinicTime.ToString("yyyy-MM-ddTHH:mm", System.Globalization.CultureInfo.InvariantCulture)));
        await AdminSession.AssertRedirectAsync(saved);

        var stored = await factory.WithDbAsync(db => db.Conditions.SingleAsync(c => c.Slug == "scheduled-article"));
        Assert.Equal(publishAt, stored.PublishedAt);
        var list = await client.GetDocumentAsync("/admin/conditions");
        Assert.Equal("Scheduled", list.QuerySelectorAll("tbody tr").Single(tr => tr.One("th a").Text() == "Tennis Elbow" && tr.TextContent.Contains("scheduled-article", StringComparison.Ordinal)).One(".status").Text());

        var anonymous = factory.CreateClient();
        using (var early = await anonymous.GetAsync(new Uri("/conditions/scheduled-article", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.NotFound, early.StatusCode);
        }

        // The clock only moves forward; other tests in this class do not depend on the date.
        factory.Clock.Advance(TimeSpan.FromDays(3));
        using var onTime = await anonymous.GetAsync(new Uri("/conditions/scheduled-article", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, onTime.StatusCode);
    }

    [Fact]
    public async Task InvalidInputIsRefusedWithMessagesTiedToFieldsAndNothingStored()
    {
        var client = await factory.SignedInClientAsync(AdminRoles.Editor);
        var form = Article("Bad Slug!");
        form["Title"] = "";
        form["Resources"] = "Evil | javascript:alert(1) | x";

        using var response = await client.SubmitAsync("/admin/conditions/create", "#edit-form", form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var doc = await Html.ParseAsync(response);
        foreach (var field in new[] { "Title", "Slug", "Resources" })
        {
            var input = doc.One($"#{field}");
            Assert.Equal("true", input.GetAttribute("aria-invalid"));
            Assert.Contains($"{field}-error", input.GetAttribute("aria-describedby")!.Split(' '));
            Assert.NotEmpty(doc.One($"#{field}-error").Text());
        }

        Assert.NotNull(doc.QuerySelector(".error-summary"));
        Assert.False(await factory.WithDbAsync(db => db.Conditions.AnyAsync(c => c.Summary == "Pain on the outside of the elbow." && c.Title == "")));
    }

    [Fact]
    public async Task SlugTakenByAnotherConditionIsRefused()
    {
        var client = await factory.SignedInClientAsync(AdminRoles.Editor);

        using var response = await client.SubmitAsync("/admin/conditions/create", "#edit-form", Article(SeedData.CervicalMyelopathySlug));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var doc = await Html.ParseAsync(response);
        Assert.Contains("already uses", doc.One("#Slug-error").Text(), StringComparison.Ordinal);
        Assert.Equal(1, await factory.WithDbAsync(db => db.Conditions.CountAsync(c => c.Slug == SeedData.CervicalMyelopathySlug)));
    }
}
