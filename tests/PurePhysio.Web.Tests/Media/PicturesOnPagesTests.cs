using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PurePhysio.Web.Features.Admin;
using PurePhysio.Web.Features.Media;
using PurePhysio.Web.Tests.Admin;
using PurePhysio.Web.Tests.Infrastructure;

namespace PurePhysio.Web.Tests.Media;

/// <summary>What patients get: a condition page with its picture and two images in its text, its card, and its sharing metadata.</summary>
public sealed class PicturesOnPagesTests : IClassFixture<ClinicAppFactory>
{
    private readonly ClinicAppFactory _app;

    public PicturesOnPagesTests(ClinicAppFactory app) => _app = app;

    private async Task<(string Slug, Domain.MediaImage Picture, Domain.MediaImage Diagram, Domain.MediaImage Decorative)> ArticleWithImagesAsync()
    {
        var client = await _app.SignedInClientAsync(AdminRoles.Editor);
        var picture = await client.UploadPhotoAsync(_app, "Physiotherapist supporting a patient's neck", TestImages.Jpeg(1600, 1000), "neck.jpg");
        var diagram = await client.UploadPhotoAsync(_app, "Diagram of the spinal cord", TestImages.PngWithAlpha(700, 500), "cord.png");
        using var upload = await client.UploadAsync(new Dictionary<string, string> { ["IsDecorative"] = "true", ["Caption"] = "Our waiting room", ["Credit"] = "Photo: A. Staff" },
            ("room.jpg", TestImages.Jpeg(900, 600), "image/jpeg"));
        await AdminSession.AssertRedirectAsync(upload);
        var decorative = await _app.WithDbAsync(db => db.MediaImages.AsNoTracking().OrderByDescending(m => m.Id).FirstAsync());

        // Chosen through the editor, as staff do (published at once: approval is not what this is about).
        await _app.PublishConditionsWithoutApprovalAsync();
        var id = await _app.WithDbAsync(db => db.Conditions.Where(c => c.IsPublished).OrderBy(c => c.Id).Select(c => c.Id).FirstAsync());
        var edit = await client.GetDocumentAsync($"/admin/conditions/{id}/edit");
        var body = edit.One("#Body").TextContent;
        using var saved = await client.SubmitAsync($"/admin/conditions/{id}/edit", "#edit-form", new Dictionary<string, string>
        {
            ["ImageId"] = picture.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Body"] = $"{body}\n\n![Where the cord is pressed](media:{diagram.Id})\n\nText with ![](media:{decorative.Id}) inline.\n",
            ["Publish"] = "Publish",
        });
        await AdminSession.AssertRedirectAsync(saved);
        var slug = await _app.WithDbAsync(db => db.Conditions.Where(c => c.Id == id).Select(c => c.Slug).FirstAsync());
        return (slug, picture, diagram, decorative);
    }

    [Fact]
    public async Task AConditionPageShowsItsPictureAndTextImagesAsResponsivePictures()
    {
        var (slug, picture, diagram, decorative) = await ArticleWithImagesAsync();

        var page = await _app.CreateClient().GetDocumentAsync($"/conditions/{slug}");
        var pictures = page.QuerySelectorAll("article picture");
        Assert.Equal(3, pictures.Length);

        var lead = pictures[0];
        var img = lead.QuerySelector("img")!;
        Assert.Equal("Physiotherapist supporting a patient's neck", img.GetAttribute("alt"));
        Assert.Equal(("960", "600"), (img.GetAttribute("width"), img.GetAttribute("height")));
        Assert.Null(img.GetAttribute("loading"));
        Assert.Equal("async", img.GetAttribute("decoding"));
        Assert.EndsWith($"{picture.ContentHash}-960.jpg", img.GetAttribute("src"), StringComparison.Ordinal);
        Assert.Equal("image/webp", lead.QuerySelector("source")!.GetAttribute("type"));
        var srcset = lead.QuerySelector("source[type='image/webp']")!.GetAttribute("srcset")!;
        Assert.Equal(["320w", "640w", "960w", "1280w", "1600w"], srcset.Split(", ").Select(c => c.Split(' ')[1]));
        Assert.NotNull(img.GetAttribute("sizes"));

        // The diagram stands alone in its paragraph: a figure; lazy below the fold; PNG fallback for transparency.
        var figure = pictures[1].ParentElement!;
        Assert.Equal("FIGURE", figure.TagName);
        var diagramImg = pictures[1].QuerySelector("img")!;
        Assert.Equal("Where the cord is pressed", diagramImg.GetAttribute("alt"));
        Assert.Equal("lazy", diagramImg.GetAttribute("loading"));
        Assert.EndsWith($"{diagram.ContentHash}-960.png", diagramImg.GetAttribute("src"), StringComparison.Ordinal);
        Assert.Equal(("700", "500"), (diagramImg.GetAttribute("width"), diagramImg.GetAttribute("height")));

        // Decorative: alt="" even though the Markdown could have given one.
        var decorativeImg = pictures[2].QuerySelector("img")!;
        Assert.Equal("", decorativeImg.GetAttribute("alt"));
        Assert.Contains(decorative.ContentHash, decorativeImg.GetAttribute("src"), StringComparison.Ordinal);

        // Every URL on the page is a rendition that exists.
        var client = _app.CreateClient();
        foreach (var url in page.QuerySelectorAll("article picture source, article picture img")
            .SelectMany(e => e.GetAttribute("srcset")!.Split(", ").Select(c => c.Split(' ')[0])).Distinct())
        {
            using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }

    [Fact]
    public async Task ThePictureIsUsedForSharingAndStructuredDataAndOnTheCards()
    {
        var (slug, picture, _, _) = await ArticleWithImagesAsync();
        var page = await _app.CreateClient().GetDocumentAsync($"/conditions/{slug}");

        var ogImage = page.One("meta[property='og:image']").GetAttribute("content")!;
        Assert.Equal($"http://localhost{ShareImage.Path(new MediaImageView(picture.Id, picture.ContentHash, picture.Width, picture.Height, false, "", false, "", ""))}", ogImage);
        Assert.Equal(ogImage, page.One("meta[name='twitter:image']").GetAttribute("content"));
        Assert.Equal("summary_large_image", page.One("meta[name='twitter:card']").GetAttribute("content"));
        Assert.Equal("Physiotherapist supporting a patient's neck", page.One("meta[property='og:image:alt']").GetAttribute("content"));

        var graph = page.QuerySelectorAll("script[type='application/ld+json']").Select(s => JsonDocument.Parse(s.TextContent)).ToList();
        var medicalPage = graph.SelectMany(d => d.RootElement.TryGetProperty("@graph", out var g) ? g.EnumerateArray().ToList() : [d.RootElement])
            .Single(e => e.GetProperty("@type").GetString() == "MedicalWebPage");
        Assert.Equal(ogImage, medicalPage.GetProperty("primaryImageOfPage").GetProperty("url").GetString());
        Assert.Equal(ogImage, medicalPage.GetProperty("about").GetProperty("image").GetString());

        foreach (var listing in new[] { "/conditions", "/" })
        {
            var cards = await _app.CreateClient().GetDocumentAsync(listing);
            var card = cards.QuerySelectorAll(".card").Single(c => c.QuerySelector($"a[href='/conditions/{slug}']") is not null);
            var img = card.One("picture img");
            Assert.Equal("lazy", img.GetAttribute("loading"));
            Assert.Contains(picture.ContentHash, img.GetAttribute("src"), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task ThePreviewShowsThePictureAndTextImagesBeforeSaving()
    {
        var client = await _app.SignedInClientAsync(AdminRoles.Editor);
        var picture = await client.UploadPhotoAsync(_app, "Preview picture");
        var id = await _app.WithDbAsync(db => db.Conditions.OrderBy(c => c.Id).Select(c => c.Id).FirstAsync());

        using var preview = await client.SubmitAsync($"/admin/conditions/{id}/edit", "#edit-form", new Dictionary<string, string>
        {
            ["ImageId"] = picture.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Body"] = $"![In the text](media:{picture.Id})",
        }, "button[name='preview']");

        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        var doc = await Html.ParseAsync(preview);
        Assert.Equal(["Preview picture", "In the text"], doc.QuerySelectorAll("article picture img").Select(i => i.GetAttribute("alt")));
    }
}
