using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using PurePhysio.BrowserTests.Infrastructure;
using PurePhysio.Web.Data;
using PurePhysio.Web.Features.Admin;
using static Microsoft.Playwright.Assertions;

namespace PurePhysio.BrowserTests.Journeys;

/// <summary>
/// An Editor drafts a change to a live article and previews it while patients keep the published version; a
/// Clinician approves it; it is published and a patient sees it, with who reviewed it. The Clinician then restores
/// the earlier revision (it becomes the draft), approves and publishes it. On its own app (<see cref="OwnApp"/>) so
/// the shared app's content stays as seeded.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class StaffEditsArticleJourneyTests(SiteFixture site, OwnApp own) : IClassFixture<OwnApp>
{
    [Theory]
    [InlineData("desktop")]
    [InlineData("phone")]
    public async Task AnEditorDraftsAChangeAClinicianApprovesItAndAPatientSeesIt(string viewportName)
    {
        const string journey = "staff-edits-article";
        var app = own.App;
        var viewport = Viewport.Named(viewportName);
        var editorEmail = await Staff.CreateAsync(app, AdminRoles.Editor);
        var clinicianEmail = await Staff.CreateAsync(app, AdminRoles.Clinician);
        var conditionId = await app.WithDbAsync(db => db.Conditions.Where(c => c.Slug == SeedData.CervicalMyelopathySlug).Select(c => c.Id).SingleAsync());
        var originalIntroduction = await app.WithDbAsync(db => db.Conditions.Where(c => c.Id == conditionId).Select(c => c.Introduction).SingleAsync());
        var addedSentence = $"Our physiotherapists review every referral within two working days ({viewport.Name} {Guid.NewGuid():N}).";
        await using var staff = await site.OpenAsync(app, viewport);
        await using var clinician = await site.OpenAsync(app, viewport);
        await using var patient = await site.OpenAsync(app, viewport);
        var page = staff.Page;

        await staff.GoToAsync("/admin");
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/admin/sign-in"));
        await staff.ScreenshotAsync(journey, "1-sign-in");
        await Staff.SignInAsync(staff, editorEmail);

        await page.GetByRole(AriaRole.Navigation, new() { Name = "Admin" }).GetByRole(AriaRole.Link, new() { Name = "Conditions", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = SeedData.CervicalMyelopathyTitle, Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync($"Edit “{SeedData.CervicalMyelopathyTitle}”");
        var introduction = page.GetByLabel("Introduction (Markdown)");
        await introduction.FillAsync(originalIntroduction + "\n\n" + addedSentence);
        await page.GetByLabel("Summary of your change").FillAsync("Referral review time");
        await staff.ScreenshotAsync(journey, "2-edit");

        await page.GetByRole(AriaRole.Button, new() { Name = "Preview as a patient sees it" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Preview" })).ToContainTextAsync("It has not been saved");
        await Expect(page.GetByRole(AriaRole.Main).GetByText(addedSentence)).ToBeVisibleAsync();
        await staff.ScreenshotAsync(journey, "3-preview");

        // Back in the editor the browser still holds the edited text: saved as a draft (the default), then submitted.
        await page.GoBackAsync();
        await Expect(introduction).ToHaveValueAsync(originalIntroduction + "\n\n" + addedSentence);
        await Expect(page.GetByRole(AriaRole.Radio, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Save as a draft") })).ToBeCheckedAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "draft was saved" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "A draft is waiting" })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Submit for clinical review" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Submitted for review" })).ToBeVisibleAsync();
        await staff.ScreenshotAsync(journey, "4-submitted");

        await patient.GoToAsync("/conditions/" + SeedData.CervicalMyelopathySlug);
        await Expect(patient.Page.GetByText(addedSentence)).ToHaveCountAsync(0);

        // The Clinician previews the draft and approves it.
        await clinician.GoToAsync("/admin");
        await Staff.SignInAsync(clinician, clinicianEmail);
        await clinician.GoToAsync($"/admin/conditions/{conditionId}/edit");
        await clinician.Page.GetByRole(AriaRole.Link, new() { Name = "Preview as patients will see it" }).ClickAsync();
        await Expect(clinician.Page.GetByRole(AriaRole.Main).GetByText(addedSentence)).ToBeVisibleAsync();
        await clinician.Page.GoBackAsync();
        await clinician.Page.GetByRole(AriaRole.Button, new() { Name = "Approve: clinically accurate" }).ClickAsync();
        await Expect(clinician.Page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Approved" })).ToBeVisibleAsync();
        await clinician.ScreenshotAsync(journey, "5-approved");

        // The Editor publishes it; the patient sees it, with who reviewed it.
        await page.ReloadAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Publish the draft" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Published" })).ToBeVisibleAsync();
        await patient.Page.ReloadAsync();
        await Expect(patient.Page.GetByRole(AriaRole.Article).GetByText(addedSentence)).ToBeVisibleAsync();
        await Expect(patient.Page.GetByText("Reviewed by Clinician in the browser on")).ToBeVisibleAsync();
        await patient.ScreenshotAsync(journey, "6-patient-sees-change");

        // The Clinician restores the earlier version: it becomes the draft, and goes live once approved and published.
        var review = clinician.Page;
        await review.GetByRole(AriaRole.Link, new() { Name = "History" }).First.ClickAsync();
        await Expect(review.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync($"History of “{SeedData.CervicalMyelopathyTitle}”");
        await clinician.ScreenshotAsync(journey, "7-history");
        var previous = review.GetByRole(AriaRole.Row).Filter(new() { HasNotText = "(current)" }).Filter(new() { Has = review.GetByRole(AriaRole.Button) }).First;
        await previous.GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Restore") }).ClickAsync();
        await Expect(review.GetByRole(AriaRole.Status).Filter(new() { HasText = "is now the draft" })).ToBeVisibleAsync();
        await patient.Page.ReloadAsync();
        await Expect(patient.Page.GetByRole(AriaRole.Article).GetByText(addedSentence)).ToBeVisibleAsync();

        await review.GetByRole(AriaRole.Link, new() { Name = "Back to editing" }).ClickAsync();
        await review.GetByRole(AriaRole.Button, new() { Name = "Approve: clinically accurate" }).ClickAsync();
        await review.GetByRole(AriaRole.Button, new() { Name = "Publish the draft" }).ClickAsync();
        await Expect(review.GetByRole(AriaRole.Status).Filter(new() { HasText = "Published" })).ToBeVisibleAsync();

        await patient.Page.ReloadAsync();
        await Expect(patient.Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(SeedData.CervicalMyelopathyTitle);
        await Expect(patient.Page.GetByText(addedSentence)).ToHaveCountAsync(0);
        Assert.Equal(originalIntroduction, await app.WithDbAsync(db => db.Conditions.Where(c => c.Id == conditionId).Select(c => c.Introduction).SingleAsync()));
        staff.AssertNoBrowserErrors();
        clinician.AssertNoBrowserErrors();
        patient.AssertNoBrowserErrors();
    }
}
