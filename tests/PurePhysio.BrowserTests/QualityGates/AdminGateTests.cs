using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using PurePhysio.BrowserTests.Infrastructure;
using PurePhysio.Web.Data;
using PurePhysio.Web.Features.Admin;

namespace PurePhysio.BrowserTests.QualityGates;

/// <summary>
/// The staff pages (sign-in, the lists, the editors, history) pass axe-core at both widths and the
/// Nu Html Checker as the server sent them to a signed-in member of staff.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class AdminGateTests(SiteFixture site)
{
    [Fact]
    public async Task AdminPagesPassBothGates()
    {
        var app = site.App;
        var email = await Staff.CreateAsync(app, AdminRoles.Admin);
        var conditionId = await app.WithDbAsync(db => db.Conditions.Where(c => c.Slug == SeedData.CervicalMyelopathySlug).Select(c => c.Id).SingleAsync());
        var pageId = await app.WithDbAsync(db => db.StaticPages.Where(p => p.Slug == "about").Select(p => p.Id).SingleAsync());
        var practitionerId = await app.WithDbAsync(db => db.Practitioners.Where(p => p.Slug == SeedData.PlaceholderPractitionerSlug).Select(p => p.Id).SingleAsync());
        var treatmentId = await app.WithDbAsync(db => db.Treatments.Where(t => t.Slug == SeedData.InitialAssessmentSlug).Select(t => t.Id).SingleAsync());
        // A library image in use (the article's picture, see MediaTestContent): its edit page lists where, its delete page refuses.
        var imageId = await app.WithDbAsync(db => db.Conditions.Where(c => c.Slug == SeedData.CervicalMyelopathySlug).Select(c => c.ImageId!.Value).SingleAsync());
        // An article with a draft sent back by its reviewer: the draft panel with its diff, comment and review forms.
        var draftedId = await app.WithDbAsync(async db =>
        {
            var condition = await db.Conditions.AsSingleQuery().Include(c => c.Symptoms).Include(c => c.Resources).SingleAsync(c => c.Slug == "frozen-shoulder");
            var draft = PurePhysio.Web.Features.Admin.Conditions.ConditionSnapshot.Of(condition) with { Summary = condition.Summary + " Drafted for the gates." };
            if (!await db.ContentDrafts.AnyAsync(d => d.ContentId == condition.Id && d.ContentType == PurePhysio.Web.Domain.ContentTypes.Condition))
            {
                db.ContentDrafts.Add(new PurePhysio.Web.Domain.ContentDraft
                {
                    ContentType = PurePhysio.Web.Domain.ContentTypes.Condition, ContentId = condition.Id, Version = 1,
                    Snapshot = System.Text.Json.JsonSerializer.Serialize(draft, PurePhysio.Web.Features.Admin.Content.RevisionStore.Json),
                    CreatedAt = DateTimeOffset.UtcNow, UpdatedAt = DateTimeOffset.UtcNow, AuthorEmail = "editor@purephysio.example",
                    ReviewStatus = PurePhysio.Web.Domain.ReviewStatus.ChangesRequested, ReviewedAt = DateTimeOffset.UtcNow,
                    ReviewedByEmail = "clinician@purephysio.example", ReviewComment = "Please add when to see a GP.",
                });
                await db.SaveChangesAsync();
            }

            return condition.Id;
        });
        string[] signedInPaths =
        [
            $"/admin/conditions/{draftedId}/edit",
            $"/admin/conditions/{draftedId}/draft/preview",
            "/admin",
            "/admin/conditions",
            $"/admin/conditions/{conditionId}/edit",
            $"/admin/conditions/{conditionId}/history",
            "/admin/conditions/create",
            "/admin/pages",
            "/admin/media",
            "/admin/media/upload",
            $"/admin/media/{imageId}/edit",
            $"/admin/media/{imageId}/delete",
            $"/admin/pages/{pageId}/edit",
            "/admin/enquiries",
            "/admin/team",
            "/admin/team/create",
            $"/admin/team/{practitionerId}/edit",
            $"/admin/team/{practitionerId}/delete",
            "/admin/treatments",
            "/admin/treatments/create",
            $"/admin/treatments/{treatmentId}/edit",
            "/admin/testimonials",
            "/admin/opening-hours",
            "/admin/closures",
            "/admin/settings",
            "/admin/users",
            "/admin/audit",
        ];

        var served = new List<ServedPage>();
        foreach (var viewport in Viewport.Both)
        {
            await using var session = await site.OpenAsync(viewport);
            var signIn = await session.GoToAsync("/admin/sign-in");
            served.Add(new ServedPage($"admin sign-in ({viewport.Name})", signIn.Url, await signIn.TextAsync()));
            await Accessibility.AssertNoViolationsAsync(session.Page, viewport.ToString());
            await Staff.SignInAsync(session, email);

            foreach (var path in signedInPaths)
            {
                var response = await session.GoToAsync(path);
                served.Add(new ServedPage($"{path} ({viewport.Name})", path, await response.TextAsync()));
                await Accessibility.AssertNoViolationsAsync(session.Page, viewport.ToString());
            }

            // The editor's error state: a required field left empty.
            await session.GoToAsync($"/admin/conditions/{conditionId}/edit");
            await session.Page.GetByLabel("Title", new() { Exact = true }).FillAsync("");
            var invalid = await session.Page.RunAndWaitForResponseAsync(
                () => session.Page.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync(),
                r => r.Request.IsNavigationRequest && r.Request.Method == "POST");
            served.Add(new ServedPage($"condition editor with errors ({viewport.Name})", invalid.Url, await invalid.TextAsync()));
            await session.Page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
            await Accessibility.AssertNoViolationsAsync(session.Page, viewport.ToString());

            // The treatment editor's error state: a set price left empty.
            await session.GoToAsync("/admin/treatments/create");
            await session.Page.GetByLabel("Name", new() { Exact = true }).FillAsync("Gate check treatment");
            await session.Page.GetByLabel("Summary", new() { Exact = true }).FillAsync("Checked by the gates.");
            var invalidTreatment = await session.Page.RunAndWaitForResponseAsync(
                () => session.Page.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync(),
                r => r.Request.IsNavigationRequest && r.Request.Method == "POST");
            served.Add(new ServedPage($"treatment editor with errors ({viewport.Name})", invalidTreatment.Url, await invalidTreatment.TextAsync()));
            await session.Page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
            await Accessibility.AssertNoViolationsAsync(session.Page, viewport.ToString());
        }

        await NuHtmlChecker.AssertValidAsync(served);
    }
}
