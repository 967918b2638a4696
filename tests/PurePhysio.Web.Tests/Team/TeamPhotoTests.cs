using System.Globalization;
using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using PurePhysio.Web.Domain;
using PurePhysio.Web.Features.Admin;
using PurePhysio.Web.Features.Media;
using PurePhysio.Web.Tests.Admin;
using PurePhysio.Web.Tests.Infrastructure;
using PurePhysio.Web.Tests.Media;
using PurePhysio.Web.Tests.Seo;

namespace PurePhysio.Web.Tests.Team;

/// <summary>A team member's photo comes from the media library, is chosen in the team editor and shows on /team and the profile.</summary>
public sealed class TeamPhotoTests(ClinicAppFactory factory) : IClassFixture<ClinicAppFactory>
{
    private async Task<Practitioner> AddAsync(string slug, int? photoId = null, int sortOrder = 50)
    {
        var p = new Practitioner
        {
            Name = "Sam Rivers " + slug, Slug = slug, Role = "Physiotherapist", RegistrationBody = Regulator.Hcpc,
            RegistrationNumber = "PH654321", IsPublished = true, SortOrder = sortOrder, PhotoId = photoId,
        };
        await factory.WithDbAsync(async db =>
        {
            db.Practitioners.Add(p);
            await db.SaveChangesAsync();
        });
        return p;
    }

    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);

    private static IHtmlImageElement? CardPhoto(IHtmlDocument team, string slug) =>
        team.QuerySelectorAll("main .card").Single(c => c.QuerySelector($".card__title a[href='/team/{slug}']") is not null)
            .QuerySelector(".card__photo picture img") as IHtmlImageElement;

    [Fact]
    public async Task StaffChooseAPhotoInTheTeamEditorAndPatientsSeeItAsAResponsivePicture()
    {
        var editor = await factory.SignedInClientAsync(AdminRoles.Editor);
        var photo = await editor.UploadPhotoAsync(factory, "Sam standing in the treatment room", TestImages.Jpeg(900, 1200), "sam.jpg");
        var member = await AddAsync("photo-physio");

        // The editor offers the library image and saves the choice.
        var form = await editor.GetDocumentAsync($"/admin/team/{member.Id}/edit");
        Assert.NotNull(form.QuerySelector($"#edit-form select#PhotoId option[value='{photo.Id}']"));
        Assert.Equal("Photo", form.One("#edit-form label[for='PhotoId']").Text());
        using var saved = await editor.SubmitAsync($"/admin/team/{member.Id}/edit", "#edit-form", new Dictionary<string, string> { ["PhotoId"] = Id(photo.Id) });
        await AdminSession.AssertRedirectAsync(saved);
        Assert.Equal(photo.Id, await factory.WithDbAsync(db => db.Practitioners.Where(p => p.Id == member.Id).Select(p => p.PhotoId).SingleAsync()));

        // It says which image is chosen.
        var again = await editor.GetDocumentAsync($"/admin/team/{member.Id}/edit");
        Assert.Equal(Id(photo.Id), again.One("select#PhotoId option[selected]").GetAttribute("value"));
        Assert.Contains("sam.jpg", again.One(".picture-picker__chosen").Text(), StringComparison.Ordinal);

        var client = factory.CreateClient();
        var card = CardPhoto(await client.GetDocumentAsync("/team"), "photo-physio");
        Assert.NotNull(card);
        Assert.Equal("Sam standing in the treatment room", card.GetAttribute("alt"));
        Assert.Equal(("900", "1200"), (card.GetAttribute("width"), card.GetAttribute("height")));
        Assert.Equal("10rem", card.GetAttribute("sizes"));
        Assert.Equal("image/webp", card.ParentElement!.QuerySelector("source")!.GetAttribute("type"));
        Assert.EndsWith($"{photo.ContentHash}-960.jpg", card.GetAttribute("src"), StringComparison.Ordinal);
        // Below the first row (the two seeded placeholders come first, so this card is the third or later): lazy.
        Assert.Equal("lazy", card.GetAttribute("loading"));
        Assert.Null(card.GetAttribute("fetchpriority"));

        var profile = await client.GetDocumentAsync("/team/photo-physio");
        var img = profile.One("main .profile__photo picture img");
        Assert.Equal("Sam standing in the treatment room", img.GetAttribute("alt"));
        Assert.Equal(("900", "1200"), (img.GetAttribute("width"), img.GetAttribute("height")));
        Assert.Null(img.GetAttribute("loading")); // near the top of the profile: never lazy
        Assert.Equal("high", img.GetAttribute("fetchpriority"));
        Assert.Equal("14rem", img.GetAttribute("sizes"));
        var shareUrl = profile.One("meta[property='og:image']").GetAttribute("content")!;
        Assert.EndsWith(ShareImagePath(photo), shareUrl, StringComparison.Ordinal);
        var person = StructuredDataTests.JsonLdOfType(profile, "ProfilePage").GetProperty("mainEntity");
        Assert.Equal("Person", person.GetProperty("@type").GetString());
        Assert.Equal(shareUrl, person.GetProperty("image").GetString());
        using var rendition = await client.GetAsync(new Uri(ShareImagePath(photo), UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, rendition.StatusCode);

        // Cleared: the pages show no photo, and the JSON-LD names none.
        using var cleared = await editor.SubmitAsync($"/admin/team/{member.Id}/edit", "#edit-form", new Dictionary<string, string> { ["PhotoId"] = "" });
        await AdminSession.AssertRedirectAsync(cleared);
        Assert.Null(CardPhoto(await client.GetDocumentAsync("/team"), "photo-physio"));
        var without = await client.GetDocumentAsync("/team/photo-physio");
        Assert.Null(without.QuerySelector("main .profile__photo"));
        Assert.False(StructuredDataTests.JsonLdOfType(without, "ProfilePage").GetProperty("mainEntity").TryGetProperty("image", out _));
    }

    [Fact]
    public async Task PhotosInTheFirstRowOfTheTeamPageLoadAtOnceWithHighPriority()
    {
        var editor = await factory.SignedInClientAsync(AdminRoles.Editor);
        var photo = await editor.UploadPhotoAsync(factory, "Lee in the gym", TestImages.Jpeg(600, 800), "lee.jpg");
        await AddAsync("first-row-photo-physio", photo.Id, sortOrder: -1);

        var team = await factory.CreateClient().GetDocumentAsync("/team");

        Assert.Equal("/team/first-row-photo-physio", team.QuerySelector("main .card .card__title a")!.GetAttribute("href"));
        var first = CardPhoto(team, "first-row-photo-physio")!;
        Assert.Null(first.GetAttribute("loading"));
        Assert.Equal("high", first.GetAttribute("fetchpriority"));
    }

    private static string ShareImagePath(MediaImage image) =>
        Renditions.Url(image.ContentHash, ShareImage.Width, Renditions.FallbackFor(image.HasAlpha));

    [Fact]
    public async Task ADecorativePhotoHasEmptyAltAndAnUndescribedOneCannotBeChosen()
    {
        var editor = await factory.SignedInClientAsync(AdminRoles.Editor);
        using var upload = await editor.UploadAsync(new Dictionary<string, string> { ["IsDecorative"] = "true" }, ("plant.jpg", TestImages.Jpeg(800, 800), "image/jpeg"));
        await AdminSession.AssertRedirectAsync(upload);
        var decorative = await factory.WithDbAsync(db => db.MediaImages.AsNoTracking().OrderByDescending(m => m.Id).FirstAsync());
        await AddAsync("decorative-photo-physio", decorative.Id);

        var img = (await factory.CreateClient().GetDocumentAsync("/team/decorative-photo-physio")).One("main .profile__photo img");
        Assert.Equal("", img.GetAttribute("alt"));

        using var undescribedUpload = await editor.UploadAsync(new Dictionary<string, string>(), ("a.jpg", TestImages.Jpeg(), "image/jpeg"), ("b.jpg", TestImages.Jpeg(), "image/jpeg"));
        await AdminSession.AssertRedirectAsync(undescribedUpload);
        var undescribed = await factory.WithDbAsync(db => db.MediaImages.AsNoTracking().OrderByDescending(m => m.Id).FirstAsync());
        var member = await AddAsync("undescribed-photo-physio");
        using var refused = await editor.SubmitAsync($"/admin/team/{member.Id}/edit", "#edit-form", new Dictionary<string, string> { ["PhotoId"] = Id(undescribed.Id) });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("no alt text", (await Html.ParseAsync(refused)).One(".error-summary").Text(), StringComparison.Ordinal);
        Assert.Null(await factory.WithDbAsync(db => db.Practitioners.Where(p => p.Id == member.Id).Select(p => p.PhotoId).SingleAsync()));
    }

    [Fact]
    public async Task APhotoInUseIsNotDeletedAndTheLibrarySaysWhichTeamMemberUsesIt()
    {
        var editor = await factory.SignedInClientAsync(AdminRoles.Editor);
        var photo = await editor.UploadPhotoAsync(factory, "Jo at the front desk", TestImages.Jpeg(600, 800), "jo.jpg");
        var member = await AddAsync("used-photo-physio", photo.Id);

        var confirm = await editor.GetDocumentAsync($"/admin/media/{photo.Id}/delete");
        var usage = confirm.One(".media-usages");
        Assert.Contains($"Photo of the team member “{member.Name}”", usage.Text(), StringComparison.Ordinal);
        Assert.Equal($"/admin/team/{member.Id}/edit", usage.One("a").GetAttribute("href"));
        Assert.Empty(confirm.QuerySelectorAll("button.button--danger"));

        var token = confirm.QuerySelector("input[name='__RequestVerificationToken']")?.GetAttribute("value")
            ?? (await editor.GetDocumentAsync("/admin/team")).One("input[name='__RequestVerificationToken']").GetAttribute("value")!;
        using var post = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token });
        using var refused = await editor.PostAsync(new Uri($"/admin/media/{photo.Id}/delete", UriKind.Relative), post);
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.True(await factory.WithDbAsync(db => db.MediaImages.AnyAsync(m => m.Id == photo.Id)));
    }

    [Fact]
    public async Task CachedTeamPagesFollowAPhotoChangeAndAnEditOfTheImage()
    {
        var editor = await factory.SignedInClientAsync(AdminRoles.Editor);
        var photo = await editor.UploadPhotoAsync(factory, "Kim with a patient", TestImages.Jpeg(600, 800), "kim.jpg");
        var member = await AddAsync("cached-photo-physio");
        var client = factory.CreateClient();
        async Task<(bool FromCache, IHtmlDocument Team, IHtmlDocument Profile)> VisitAsync()
        {
            using var team = await client.GetAsync(new Uri("/team", UriKind.Relative));
            using var profile = await client.GetAsync(new Uri("/team/cached-photo-physio", UriKind.Relative));
            return (team.Headers.Age is not null && profile.Headers.Age is not null, await Html.ParseAsync(team), await Html.ParseAsync(profile));
        }

        await VisitAsync();
        Assert.True((await VisitAsync()).FromCache); // both pages are output-cached

        await factory.WithDbAsync(async db =>
        {
            (await db.Practitioners.SingleAsync(p => p.Id == member.Id)).PhotoId = photo.Id;
            await db.SaveChangesAsync();
        });
        var afterChoice = await VisitAsync();
        Assert.False(afterChoice.FromCache);
        Assert.Equal("Kim with a patient", CardPhoto(afterChoice.Team, "cached-photo-physio")!.GetAttribute("alt"));
        Assert.Equal("Kim with a patient", afterChoice.Profile.One("main .profile__photo img").GetAttribute("alt"));
        Assert.True((await VisitAsync()).FromCache);

        // Staff describe the image differently in the media library: both pages follow.
        await factory.WithDbAsync(async db =>
        {
            (await db.MediaImages.SingleAsync(m => m.Id == photo.Id)).AltText = "Kim, our sports physiotherapist";
            await db.SaveChangesAsync();
        });
        var afterEdit = await VisitAsync();
        Assert.False(afterEdit.FromCache);
        Assert.Equal("Kim, our sports physiotherapist", CardPhoto(afterEdit.Team, "cached-photo-physio")!.GetAttribute("alt"));
        Assert.Equal("Kim, our sports physiotherapist", afterEdit.Profile.One("main .profile__photo img").GetAttribute("alt"));
    }
}
