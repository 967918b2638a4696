using System.Net;
using Microsoft.EntityFrameworkCore;
using PurePhysio.Web.Domain;
using PurePhysio.Web.Features.Admin;
using PurePhysio.Web.Tests.Infrastructure;

namespace PurePhysio.Web.Tests.Admin;

public sealed class RevisionAndConflictTests(ClinicAppFactory factory) : IClassFixture<ClinicAppFactory>, IAsyncLifetime
{
    // About editing, not approval: articles may be published without a clinician's approval here.
    public Task InitializeAsync() => factory.PublishConditionsWithoutApprovalAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private async Task<int> CreateConditionAsync(HttpClient client, string slug, string body, string publish = "Publish")
    {
        using var response = await client.SubmitAsync("/admin/conditions/create", "#edit-form", new Dictionary<string, string>
        {
            ["Title"] = $"Article {slug}",
            ["Slug"] = slug,
            ["Summary"] = "A summary.",
            ["Body"] = body,
            ["Publish"] = publish,
        });
        await AdminSession.AssertRedirectAsync(response);
        return await factory.WithDbAsync(db => db.Conditions.Where(c => c.Slug == slug).Select(c => c.Id).SingleAsync());
    }

    [Fact]
    public async Task EverySaveKeepsARevisionThatCanBeComparedAndRestored()
    {
        var client = await factory.SignedInClientAsync(AdminRoles.Editor);
        var id = await CreateConditionAsync(client, "revisions-article", "First wording.");
        using (var second = await client.SubmitAsync($"/admin/conditions/{id}/edit", "#edit-form",
                   new Dictionary<string, string> { ["Body"] = "Second wording.", ["ChangeSummary"] = "Reworded", ["Publish"] = "Publish" }))
        {
            await AdminSession.AssertRedirectAsync(second);
        }

        var history = await client.GetDocumentAsync($"/admin/conditions/{id}/history");
        var rows = history.QuerySelectorAll("tbody tr").ToList();
        Assert.Equal(2, rows.Count);
        Assert.Equal("2 (current)", rows[0].One("th").Text());
        Assert.Contains("Reworded", rows[0].TextContent, StringComparison.Ordinal);

        var diff = await client.GetDocumentAsync(rows[0].One("a[href*='/diff']").GetAttribute("href")!);
        Assert.Equal(["First wording."], diff.QuerySelectorAll(".diff del").Select(e => e.Text()));
        Assert.Equal(["Second wording."], diff.QuerySelectorAll(".diff ins").Select(e => e.Text()));

        var restoreForm = (AngleSharp.Html.Dom.IHtmlFormElement)rows[1].One("form");
        using (var restored = await client.PostFormAsync(restoreForm, $"/admin/conditions/{id}/history", new Dictionary<string, string>()))
        {
            Assert.Equal(HttpStatusCode.Redirect, restored.StatusCode);
        }

        // The article is live: the restored version becomes its draft, and patients see it once it is published.
        var stillLive = await factory.CreateClient().GetDocumentAsync("/conditions/revisions-article");
        Assert.Contains("Second wording.", stillLive.One("main article").Text(), StringComparison.Ordinal);
        using (var published = await client.SubmitAsync($"/admin/conditions/{id}/edit", "#publish-draft-form", new Dictionary<string, string>()))
        {
            await AdminSession.AssertRedirectAsync(published);
        }

        var page = await factory.CreateClient().GetDocumentAsync("/conditions/revisions-article");
        Assert.Contains("First wording.", page.One("main article").Text(), StringComparison.Ordinal);
        var revisions = await factory.WithDbAsync(db => db.ContentRevisions
            .Where(r => r.ContentType == ContentTypes.Condition && r.ContentId == id).OrderBy(r => r.Id).Select(r => r.Summary).ToListAsync());
        Assert.Equal(["", "Reworded", "Restored version 1"], revisions);
        Assert.True(await factory.WithDbAsync(db => db.AuditEvents.AnyAsync(e => e.Action == "content.restored" && e.Target.StartsWith($"Condition {id}:"))));
    }

    [Fact]
    public async Task DiffIsEncodedNotInterpreted()
    {
        var client = await factory.SignedInClientAsync(AdminRoles.Editor);
        var id = await CreateConditionAsync(client, "diff-encoding", "Plain.");
        using (var _ = await client.SubmitAsync($"/admin/conditions/{id}/edit", "#edit-form",
                   new Dictionary<string, string> { ["Body"] = "<img src=x onerror=alert(1)>", ["Publish"] = "Publish" }))
        {
        }

        var history = await client.GetDocumentAsync($"/admin/conditions/{id}/history");
        var diff = await client.GetDocumentAsync(history.One("tbody tr a[href*='/diff']").GetAttribute("href")!);

        Assert.Empty(diff.QuerySelectorAll("main img"));
        Assert.Equal("<img src=x onerror=alert(1)>", diff.One(".diff ins").Text());
    }

    [Fact]
    public async Task SecondEditorIsToldOfTheConflictAndNothingIsOverwritten()
    {
        var first = await factory.SignedInClientAsync(AdminRoles.Editor);
        var second = await factory.SignedInClientAsync(AdminRoles.Admin);
        var id = await CreateConditionAsync(first, "conflict-article", "Original.");

        // Both open the edit form at version 1.
        var firstForm = (AngleSharp.Html.Dom.IHtmlFormElement)(await first.GetDocumentAsync($"/admin/conditions/{id}/edit")).One("#edit-form");
        var secondForm = (AngleSharp.Html.Dom.IHtmlFormElement)(await second.GetDocumentAsync($"/admin/conditions/{id}/edit")).One("#edit-form");

        using (var saved = await first.PostFormAsync(firstForm, "", new Dictionary<string, string> { ["Body"] = "First editor's text.", ["Publish"] = "Publish" }))
        {
            await AdminSession.AssertRedirectAsync(saved);
        }

        using var conflict = await second.PostFormAsync(secondForm, "", new Dictionary<string, string> { ["Body"] = "Second editor's text.", ["Publish"] = "Publish" });

        Assert.Equal(HttpStatusCode.Conflict, conflict.StatusCode);
        var doc = await Html.ParseAsync(conflict);
        Assert.Equal("Someone else saved this since you opened it", doc.One(".conflict h2").Text());
        Assert.Equal(["First editor's text."], doc.QuerySelectorAll(".conflict .diff del").Select(e => e.Text()));
        Assert.Equal(["Second editor's text."], doc.QuerySelectorAll(".conflict .diff ins").Select(e => e.Text()));
        Assert.Equal("Second editor's text.", doc.One("#Body").TextContent.Trim());
        var stored = await factory.WithDbAsync(db => db.Conditions.SingleAsync(c => c.Id == id));
        Assert.Equal("First editor's text.", stored.Body);
        Assert.Equal(2, stored.Version);

        // Saving again from the conflict page is a deliberate choice and goes through.
        using var again = await second.PostFormAsync((AngleSharp.Html.Dom.IHtmlFormElement)doc.One("#edit-form"), "", new Dictionary<string, string>());
        await AdminSession.AssertRedirectAsync(again);
        Assert.Equal("Second editor's text.", await factory.WithDbAsync(db => db.Conditions.Where(c => c.Id == id).Select(c => c.Body).SingleAsync()));
    }

    [Fact]
    public async Task ChangingAPublishedSlugRedirectsTheOldAddressPermanently()
    {
        var client = await factory.SignedInClientAsync(AdminRoles.Editor);
        var id = await CreateConditionAsync(client, "old-address", "Text.");

        using (var renamed = await client.SubmitAsync($"/admin/conditions/{id}/edit", "#edit-form", new Dictionary<string, string> { ["Slug"] = "new-address", ["Publish"] = "Publish" }))
        {
            await AdminSession.AssertRedirectAsync(renamed);
        }

        using var old = await factory.CreateClient(new() { AllowAutoRedirect = false }).GetAsync(new Uri("/conditions/old-address", UriKind.Relative));
        Assert.Equal(HttpStatusCode.MovedPermanently, old.StatusCode);
        Assert.Equal("/conditions/new-address", old.Headers.Location?.OriginalString);
        using var current = await factory.CreateClient().GetAsync(new Uri("/conditions/new-address", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, current.StatusCode);

        // A new article may take the old address; from then on it is a page again, not a redirect.
        await CreateConditionAsync(client, "old-address", "A different article.");
        Assert.False(await factory.WithDbAsync(db => db.SlugRedirects.AnyAsync(r => r.OldSlug == "old-address")));
        var reused = await factory.CreateClient().GetDocumentAsync("/conditions/old-address");
        Assert.Contains("A different article.", reused.One("main article").Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ChangingAPublishedPageSlugRedirectsTheOldAddressPermanently()
    {
        var client = await factory.SignedInClientAsync(AdminRoles.Editor);
        var id = await factory.WithDbAsync(db => db.StaticPages.Where(p => p.Slug == "privacy-policy").Select(p => p.Id).SingleAsync());

        using (var renamed = await client.SubmitAsync($"/admin/pages/{id}/edit", "#edit-form", new Dictionary<string, string> { ["Slug"] = "privacy", ["Publish"] = "Publish" }))
        {
            await AdminSession.AssertRedirectAsync(renamed);
        }

        using var old = await factory.CreateClient(new() { AllowAutoRedirect = false }).GetAsync(new Uri("/privacy-policy", UriKind.Relative));
        Assert.Equal(HttpStatusCode.MovedPermanently, old.StatusCode);
        Assert.Equal("/privacy", old.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task FirstEditOfSeededContentKeepsItsOriginalAsARevision()
    {
        var client = await factory.SignedInClientAsync(AdminRoles.Editor);
        var id = await factory.WithDbAsync(db => db.StaticPages.Where(p => p.Slug == "terms-and-conditions").Select(p => p.Id).SingleAsync());

        using (var saved = await client.SubmitAsync($"/admin/pages/{id}/edit", "#edit-form", new Dictionary<string, string> { ["Title"] = "Terms of use", ["Publish"] = "Publish" }))
        {
            await AdminSession.AssertRedirectAsync(saved);
        }

        var history = await client.GetDocumentAsync($"/admin/pages/{id}/history");
        var rows = history.QuerySelectorAll("tbody tr").ToList();
        Assert.Equal(["1 (current)", "0"], rows.Select(r => r.One("th").Text()));
        var diff = await client.GetDocumentAsync(rows[0].One("a[href*='/diff']").GetAttribute("href")!);
        Assert.Equal(["Title: Terms and Conditions"], diff.QuerySelectorAll(".diff del").Select(e => e.Text()));
        Assert.Equal(["Title: Terms of use"], diff.QuerySelectorAll(".diff ins").Select(e => e.Text()));
    }

    [Fact]
    public async Task DeletingAConditionAsksFirstThenRemovesItFromTheSite()
    {
        var client = await factory.SignedInClientAsync(AdminRoles.Editor);
        var id = await CreateConditionAsync(client, "to-be-deleted", "Soon gone.");

        var confirm = await client.GetDocumentAsync($"/admin/conditions/{id}/delete");
        Assert.Equal("Delete “Article to-be-deleted”?", confirm.One("main h1").Text());
        Assert.True(await factory.WithDbAsync(db => db.Conditions.AnyAsync(c => c.Id == id)));

        using var deleted = await client.PostFormAsync((AngleSharp.Html.Dom.IHtmlFormElement)confirm.One("main form"), $"/admin/conditions/{id}/delete",
            new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        using var page = await factory.CreateClient().GetAsync(new Uri("/conditions/to-be-deleted", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.False(await factory.WithDbAsync(db => db.ContentRevisions.AnyAsync(r => r.ContentType == ContentTypes.Condition && r.ContentId == id)));
        Assert.True(await factory.WithDbAsync(db => db.AuditEvents.AnyAsync(e => e.Action == "content.deleted" && e.Target == $"Condition {id}: Article to-be-deleted")));
    }

    [Fact]
    public async Task PagePreviewUsesThePublicPageLayoutWithoutSaving()
    {
        var client = await factory.SignedInClientAsync(AdminRoles.Editor);

        using var preview = await client.SubmitAsync("/admin/pages/create", "#edit-form", new Dictionary<string, string>
        {
            ["Title"] = "Opening offer", ["Slug"] = "opening-offer", ["Summary"] = "x", ["Body"] = "## Half price\n\nThis month only.",
        }, "button[formaction]");

        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        var doc = await Html.ParseAsync(preview);
        Assert.Equal("Opening offer", doc.One("main h1").Text());
        Assert.Equal("noindex", doc.One("meta[name='robots']").GetAttribute("content"));
        Assert.NotNull(doc.QuerySelector("footer"));
        Assert.False(await factory.WithDbAsync(db => db.StaticPages.AnyAsync(p => p.Slug == "opening-offer")));
    }

    [Theory]
    [InlineData("admin")]
    [InlineData("conditions")]
    [InlineData("search")]
    [InlineData("enquiry")]
    public async Task PagesCannotTakeAddressesTheSiteUses(string slug)
    {
        var client = await factory.SignedInClientAsync(AdminRoles.Editor);

        using var response = await client.SubmitAsync("/admin/pages/create", "#edit-form", new Dictionary<string, string>
        {
            ["Title"] = "Sneaky", ["Slug"] = slug, ["Summary"] = "x", ["Publish"] = "Publish",
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("used by the site itself", (await Html.ParseAsync(response)).One("#Slug-error").Text(), StringComparison.Ordinal);
        Assert.False(await factory.WithDbAsync(db => db.StaticPages.AnyAsync(p => p.Slug == slug)));
    }
}
