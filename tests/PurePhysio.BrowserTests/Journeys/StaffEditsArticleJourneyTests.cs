using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using PurePhysio.BrowserTests.Infrastructure;
using PurePhysio.Web.Data;
using PurePhysio.Web.Features.Admin;
using static Microsoft.Playwright.Assertions;

namespace PurePhysio.BrowserTests.Journeys;

/// <summary>
/// A member of staff signs in, edits an article, previews it, publishes it, sees a patient's page change, and
/// restores the earlier revision. On its own app (<see cref="OwnApp"/>) so the shared app's content stays as seeded.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class StaffEditsArticleJourneyTests(SiteFixture site, OwnApp own) : IClassFixture<OwnApp>
{
    [Theory]
    [InlineData("desktop")]
    [InlineData("phone")]
    public async Task StaffEditsPreviewsPublishesAndRestoresAnArticle(string viewportName)
    {
        const string journey = "staff-edits-article";
        var app = own.App;
        var viewport = Viewport.Named(viewportName);
        var email = await Staff.CreateAsync(app, AdminRoles.Editor);
        var conditionId = await app.WithDbAsync(db => db.Conditions.Where(c => c.Slug == SeedData.CervicalMyelopathySlug).Select(c => c.Id).SingleAsync());
        var originalIntroduction = await app.WithDbAsync(db => db.Conditions.Where(c => c.Id == conditionId).Select(c => c.Introduction).SingleAsync());
        var addedSentence = $"Our physiotherapists review every referral within two working days ({viewport.Name} {Guid.NewGuid():N}).";
        await using var staff = await site.OpenAsync(app, viewport);
        await using var patient = await site.OpenAsync(app, viewport);
        var page = staff.Page;

        await staff.GoToAsync("/admin");
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/admin/sign-in"));
        await staff.ScreenshotAsync(journey, "1-sign-in");
        await Staff.SignInAsync(staff, email);

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
        await patient.GoToAsync("/conditions/" + SeedData.CervicalMyelopathySlug);
        await Expect(patient.Page.GetByText(addedSentence)).ToHaveCountAsync(0);

        // Back in the editor the browser still holds the edited text; publish it.
        await page.GoBackAsync();
        await Expect(introduction).ToHaveValueAsync(originalIntroduction + "\n\n" + addedSentence);
        await page.GetByRole(AriaRole.Radio, new() { Name = "Published: patients see it" }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "saved" })).ToBeVisibleAsync();

        await patient.Page.ReloadAsync();
        await Expect(patient.Page.GetByRole(AriaRole.Article).GetByText(addedSentence)).ToBeVisibleAsync();
        await patient.ScreenshotAsync(journey, "4-patient-sees-change");

        await page.GetByRole(AriaRole.Link, new() { Name = "History" }).First.ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync($"History of “{SeedData.CervicalMyelopathyTitle}”");
        await staff.ScreenshotAsync(journey, "5-history");
        var previous = page.GetByRole(AriaRole.Row).Filter(new() { HasNotText = "(current)" }).Filter(new() { Has = page.GetByRole(AriaRole.Button) }).First;
        await previous.GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Restore") }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "restored" })).ToBeVisibleAsync();

        await patient.Page.ReloadAsync();
        await Expect(patient.Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(SeedData.CervicalMyelopathyTitle);
        await Expect(patient.Page.GetByText(addedSentence)).ToHaveCountAsync(0);
        Assert.Equal(originalIntroduction, await app.WithDbAsync(db => db.Conditions.Where(c => c.Id == conditionId).Select(c => c.Introduction).SingleAsync()));
        staff.AssertNoBrowserErrors();
        patient.AssertNoBrowserErrors();
    }
}
