using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NetVips;
using PurePhysio.Web.Features.Admin;
using PurePhysio.Web.Features.Media;
using PurePhysio.Web.Tests.Admin;
using PurePhysio.Web.Tests.Infrastructure;

namespace PurePhysio.Web.Tests.Media;

public sealed class MediaLibraryTests : IClassFixture<ClinicAppFactory>
{
    private readonly ClinicAppFactory _app;

    public MediaLibraryTests(ClinicAppFactory app) => _app = app;

    private Task<HttpClient> EditorAsync() => _app.SignedInClientAsync(AdminRoles.Editor);

    [Fact]
    public async Task UploadedPhotoKeepsItsAltTextAndIsListedAndSearchable()
    {
        var client = await EditorAsync();
        var image = await client.UploadPhotoAsync(_app, "Therapist measuring shoulder rotation", name: "shoulder-room-2.jpg");

        Assert.Equal("Therapist measuring shoulder rotation", image.AltText);
        Assert.Equal((400, 300), (image.Width, image.Height));
        Assert.Equal("jpeg", image.Format);
        var list = await client.GetDocumentAsync("/admin/media?q=shoulder+rotation");
        Assert.Contains(list.QuerySelectorAll(".media-grid__name"), e => e.TextContent == "shoulder-room-2.jpg");
        var none = await client.GetDocumentAsync("/admin/media?q=zzzz-no-such-image");
        Assert.Empty(none.QuerySelectorAll(".media-grid__item"));
    }

    [Fact]
    public async Task OneImageWithoutAltTextIsRefusedUnlessMarkedDecorative()
    {
        var client = await EditorAsync();
        var before = await _app.WithDbAsync(db => db.MediaImages.CountAsync());

        using var refused = await client.UploadAsync(new Dictionary<string, string> { ["AltText"] = " " }, ("plain.jpg", TestImages.Jpeg(), "image/jpeg"));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("alt text", (await Html.ParseAsync(refused)).One(".error-summary").Text(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(before, await _app.WithDbAsync(db => db.MediaImages.CountAsync()));

        using var decorative = await client.UploadAsync(new Dictionary<string, string> { ["IsDecorative"] = "true" }, ("swirl.jpg", TestImages.Jpeg(), "image/jpeg"));
        await AdminSession.AssertRedirectAsync(decorative);
        var stored = await _app.WithDbAsync(db => db.MediaImages.AsNoTracking().OrderByDescending(m => m.Id).FirstAsync());
        Assert.True(stored.IsDecorative);
        Assert.Equal("", stored.AltText);
    }

    [Fact]
    public async Task SeveralImagesUploadTogetherAndEachWaitsForItsAltText()
    {
        var client = await EditorAsync();
        using var response = await client.UploadAsync(new Dictionary<string, string>(),
            ("room-a.jpg", TestImages.Jpeg(), "image/jpeg"), ("logo.png", TestImages.PngWithAlpha(), "image/png"));
        await AdminSession.AssertRedirectAsync(response);

        var stored = await _app.WithDbAsync(db => db.MediaImages.AsNoTracking().OrderByDescending(m => m.Id).Take(2).ToListAsync());
        Assert.All(stored, m => Assert.False(m.IsDescribed));
        Assert.Contains(stored, m => m is { Format: "png", HasAlpha: true });
        var list = await client.GetDocumentAsync("/admin/media?q=room-a");
        Assert.Contains("Needs alt text", list.One(".media-grid__item").Text());

        // Describing it on its own page makes it usable; an empty description is refused.
        var id = stored.Single(m => m.FileName == "room-a.jpg").Id;
        using var empty = await client.SubmitAsync($"/admin/media/{id}/edit", $"form[action='/admin/media/{id}/edit']", new Dictionary<string, string> { ["AltText"] = "" });
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        using var described = await client.SubmitAsync($"/admin/media/{id}/edit", $"form[action='/admin/media/{id}/edit']",
            new Dictionary<string, string> { ["AltText"] = "Treatment room with a couch", ["Caption"] = "Room A", ["Credit"] = "Clinic staff" });
        await AdminSession.AssertRedirectAsync(described);
        var image = await _app.WithDbAsync(db => db.MediaImages.AsNoTracking().SingleAsync(m => m.Id == id));
        Assert.Equal(("Treatment room with a couch", "Room A", "Clinic staff"), (image.AltText, image.Caption, image.Credit));
    }

    public static TheoryData<string, string, string> BadFiles => new()
    {
        { "pdf", "report.jpg", "not a JPEG, PNG, WebP or AVIF" },
        { "html", "photo.jpg", "not a JPEG, PNG, WebP or AVIF" },
        { "script", "photo.png", "not a JPEG, PNG, WebP or AVIF" },
        { "svg", "drawing.svg", "SVG" },
        { "empty", "empty.jpg", "empty" },
        { "truncated", "half.jpg", "damaged or incomplete" },
        { "corrupt", "noise.jpg", "damaged or incomplete" },
        { "png-bomb", "bomb.png", "50,000 x 50,000" },
        { "jpeg-bomb", "bomb.jpg", "50,000 x 50,000" },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public async Task BadFileIsRefusedByDecodingWithAClearMessageAndNothingIsStored(string kind, string fileName, string message)
    {
        var bytes = kind switch
        {
            "pdf" => TestImages.Pdf,
            "html" => TestImages.Html,
            "script" => TestImages.Script,
            "svg" => TestImages.Svg,
            "empty" => [],
            "truncated" => TestImages.TruncatedJpeg(),
            "corrupt" => TestImages.CorruptJpeg(),
            "png-bomb" => TestImages.PngBomb(),
            _ => TestImages.JpegBomb(),
        };
        var client = await EditorAsync();
        var before = await _app.WithDbAsync(db => db.MediaImages.CountAsync());

        // The good file in the same upload is not stored either: all or nothing.
        using var response = await client.UploadAsync(new Dictionary<string, string>(),
            ("good.jpg", TestImages.Jpeg(), "image/jpeg"), (fileName, bytes, "image/jpeg"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var summary = (await Html.ParseAsync(response)).One(".error-summary").Text();
        Assert.Contains(fileName, summary, StringComparison.Ordinal);
        Assert.Contains(message, summary, StringComparison.Ordinal);
        Assert.Equal(before, await _app.WithDbAsync(db => db.MediaImages.CountAsync()));
        Assert.Equal(before, await _app.WithDbAsync(db => db.MediaImageFiles.CountAsync()));
    }

    [Fact]
    public async Task RenditionsAreUprightAndCarryNoExifOrGpsData()
    {
        var client = await EditorAsync();
        var original = TestImages.JpegWithExifGpsAndOrientation();
        using (var check = Image.NewFromBuffer(original))
        {
            // The test file really carries what must be removed.
            Assert.Equal(6, (int)check.Get("orientation"));
            Assert.NotEqual(0, check.GetTypeOf("exif-ifd3-GPSLatitude"));
        }

        var image = await client.UploadPhotoAsync(_app, bytes: original, name: "gps.jpg");
        Assert.Equal((200, 400), (image.Width, image.Height));

        foreach (var extension in new[] { "jpg", "webp" })
        {
            using var response = await client.GetAsync(new Uri(Renditions.Url(image.ContentHash, 320, extension), UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var bytes = await response.Content.ReadAsByteArrayAsync();
            using var rendition = Image.NewFromBuffer(bytes);
            Assert.Equal((200, 400), (rendition.Width, rendition.Height));
            Assert.Equal(0, rendition.GetTypeOf("exif-data"));
            Assert.Equal(0, rendition.GetTypeOf("xmp-data"));
            Assert.DoesNotContain(TestImages.CameraMake, System.Text.Encoding.Latin1.GetString(bytes), StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData(500, "webp")]
    [InlineData(2000, "jpg")]
    [InlineData(320, "gif")]
    [InlineData(320, "svg")]
    public async Task OnlyTheFixedWidthsAndFormatsExist(int width, string extension)
    {
        var client = await EditorAsync();
        var image = await client.UploadPhotoAsync(_app);

        using var fixedWidth = await client.GetAsync(new Uri(Renditions.Url(image.ContentHash, 320, "webp"), UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, fixedWidth.StatusCode);
        using var other = await client.GetAsync(new Uri($"/media/{image.ContentHash}-{width}.{extension}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
        using var unknown = await client.GetAsync(new Uri(Renditions.Url(new string('a', 64), 320, "webp"), UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task RenditionsAreCachedForAYearAndRevalidateWith304()
    {
        var client = await EditorAsync();
        var image = await client.UploadPhotoAsync(_app);
        var url = new Uri(Renditions.Url(image.ContentHash, 640, "webp"), UriKind.Relative);

        using var first = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal("image/webp", first.Content.Headers.ContentType!.MediaType);
        Assert.Equal("public, max-age=31536000, immutable", first.Headers.CacheControl!.ToString());
        var etag = first.Headers.ETag!;

        using var again = new HttpRequestMessage(HttpMethod.Get, url);
        again.Headers.IfNoneMatch.Add(etag);
        using var second = await client.SendAsync(again);
        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Empty(await second.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task ConcurrentRequestsForOneRenditionGenerateItOnce()
    {
        var client = await EditorAsync();
        var image = await client.UploadPhotoAsync(_app, bytes: TestImages.Jpeg(1400, 900));
        var store = _app.Services.GetRequiredService<RenditionStore>();
        var before = store.Generated;
        var url = new Uri(Renditions.Url(image.ContentHash, 1280, "jpg"), UriKind.Relative);

        var responses = await Task.WhenAll(Enumerable.Range(0, 12).Select(_ => client.GetAsync(url)));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        var lengths = await Task.WhenAll(responses.Select(r => r.Content.ReadAsByteArrayAsync()));
        Assert.Single(lengths.Select(l => l.Length).Distinct());
        Assert.Equal(before + 1, store.Generated);
        foreach (var r in responses)
        {
            r.Dispose();
        }
    }

    [Fact]
    public async Task AnImageInUseIsNotDeletedAndThePageSaysWhereItIsUsed()
    {
        var client = await EditorAsync();
        var picture = await client.UploadPhotoAsync(_app, "Neck X-ray");
        var inText = await client.UploadPhotoAsync(_app, "Nerve diagram");
        var unused = await client.UploadPhotoAsync(_app, "Spare photo");
        await _app.WithDbAsync(async db =>
        {
            var condition = await db.Conditions.OrderBy(c => c.Id).FirstAsync();
            condition.ImageId = picture.Id;
            var page = await db.StaticPages.OrderBy(p => p.Id).FirstAsync();
            page.Body += $"\n\n![The nerve](media:{inText.Id})\n";
            await db.SaveChangesAsync();
        });

        foreach (var used in new[] { picture, inText })
        {
            var confirm = await client.GetDocumentAsync($"/admin/media/{used.Id}/delete");
            Assert.NotEmpty(confirm.QuerySelectorAll(".media-usages li a"));
            Assert.Empty(confirm.QuerySelectorAll("button.button--danger"));

            // A post anyway (e.g. from an old tab) is refused too.
            var token = (await client.GetDocumentAsync($"/admin/media/{unused.Id}/delete")).One("form[action$='/delete'] input[name='__RequestVerificationToken']").GetAttribute("value")!;
            using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token });
            using var refused = await client.PostAsync(new Uri($"/admin/media/{used.Id}/delete", UriKind.Relative), form);
            Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
            Assert.Contains("in use", (await Html.ParseAsync(refused)).One(".error-summary").Text(), StringComparison.Ordinal);
            Assert.True(await _app.WithDbAsync(db => db.MediaImages.AnyAsync(m => m.Id == used.Id)));
        }

        var usage = (await client.GetDocumentAsync($"/admin/media/{picture.Id}/delete")).One(".media-usages").Text();
        Assert.Contains("Picture of the condition", usage, StringComparison.Ordinal);
        Assert.Contains("In the text of the page", (await client.GetDocumentAsync($"/admin/media/{inText.Id}/delete")).One(".media-usages").Text(), StringComparison.Ordinal);

        using var deleted = await client.SubmitAsync($"/admin/media/{unused.Id}/delete", "form[action$='/delete']", new Dictionary<string, string>());
        await AdminSession.AssertRedirectAsync(deleted);
        Assert.False(await _app.WithDbAsync(db => db.MediaImages.AnyAsync(m => m.Id == unused.Id)));
        Assert.False(await _app.WithDbAsync(db => db.MediaImageFiles.AnyAsync(m => m.MediaImageId == unused.Id)));
    }

    [Fact]
    public async Task ReplacingTheFileGivesNewUrlsAndThePagesThatUseItFollow()
    {
        var client = await EditorAsync();
        var image = await client.UploadPhotoAsync(_app, "Exercise band");
        var slug = await _app.WithDbAsync(async db =>
        {
            var condition = await db.Conditions.Where(c => c.IsPublished).OrderBy(c => c.Id).Skip(1).FirstAsync();
            condition.ImageId = image.Id;
            await db.SaveChangesAsync();
            return condition.Slug;
        });

        using var replaced = await client.ReplaceAsync(image.Id, "band-v2.jpg", TestImages.Jpeg(800, 600));
        await AdminSession.AssertRedirectAsync(replaced);
        var after = await _app.WithDbAsync(db => db.MediaImages.AsNoTracking().SingleAsync(m => m.Id == image.Id));
        Assert.NotEqual(image.ContentHash, after.ContentHash);
        Assert.Equal((800, 600), (after.Width, after.Height));
        var page = await _app.CreateClient().GetDocumentAsync($"/conditions/{slug}");
        Assert.Contains(after.ContentHash, page.One("article picture img").GetAttribute("src"), StringComparison.Ordinal);

        using var bad = await client.ReplaceAsync(image.Id, "bad.jpg", TestImages.Html);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal(after.ContentHash, (await _app.WithDbAsync(db => db.MediaImages.AsNoTracking().SingleAsync(m => m.Id == image.Id))).ContentHash);
    }

    [Fact]
    public async Task TheEditorRefusesAPictureOrTextImageWithoutAltText()
    {
        var client = await EditorAsync();
        using var upload = await client.UploadAsync(new Dictionary<string, string>(),
            ("a.jpg", TestImages.Jpeg(), "image/jpeg"), ("b.jpg", TestImages.Jpeg(), "image/jpeg"));
        await AdminSession.AssertRedirectAsync(upload);
        var undescribed = await _app.WithDbAsync(db => db.MediaImages.AsNoTracking().OrderByDescending(m => m.Id).FirstAsync());
        var id = await _app.WithDbAsync(db => db.Conditions.OrderBy(c => c.Id).Select(c => c.Id).FirstAsync());

        using var picture = await client.SubmitAsync($"/admin/conditions/{id}/edit", "#edit-form", new Dictionary<string, string> { ["ImageId"] = undescribed.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        Assert.Equal(HttpStatusCode.BadRequest, picture.StatusCode);
        Assert.Contains("no alt text", (await Html.ParseAsync(picture)).One(".error-summary").Text(), StringComparison.Ordinal);

        using var text = await client.SubmitAsync($"/admin/conditions/{id}/edit", "#edit-form", new Dictionary<string, string> { ["Body"] = "![](media:999999)" });
        Assert.Equal(HttpStatusCode.BadRequest, text.StatusCode);
        Assert.Contains("no image media:999999", (await Html.ParseAsync(text)).One(".error-summary").Text(), StringComparison.Ordinal);
    }
}
