using Microsoft.EntityFrameworkCore;
using PurePhysio.Web.Data;
using PurePhysio.Web.Domain;
using PurePhysio.Web.Features.Media;
using PurePhysio.Web.Tests.Infrastructure;
using PurePhysio.Web.Tests.Media;

namespace PurePhysio.BrowserTests.Infrastructure;

/// <summary>
/// Puts generated images on the seeded Cervical Myelopathy article: its picture (also on the home and
/// index cards) and two images in its text, one a captioned figure, one decorative. So the quality gates
/// check a condition page with images, as issue 12 asks.
/// </summary>
public static class MediaTestContent
{
    public const string PictureAlt = "Physiotherapist supporting a patient's neck";
    public const string DiagramAlt = "Diagram of the spinal cord in the neck";

    public static async Task AddPicturesToCervicalMyelopathyAsync(ClinicAppFactory app)
    {
        var images = await AddAsync(app);
        // Make every rendition once now, as the first visitors of a new image would: on this shared,
        // loaded machine a journey's 10-second page-load limit should not include image encoding.
        using var client = app.CreateClient();
        foreach (var image in images)
        {
            foreach (var width in Renditions.Widths)
            {
                foreach (var extension in new[] { Renditions.Webp, Renditions.FallbackFor(image.HasAlpha) })
                {
                    using var response = await client.GetAsync(new Uri(Renditions.Url(image.ContentHash, width, extension), UriKind.Relative));
                    response.EnsureSuccessStatusCode();
                }
            }
        }
    }

    private static Task<List<MediaImage>> AddAsync(ClinicAppFactory app) => app.WithDbAsync(async db =>
    {
        var now = DateTimeOffset.UtcNow;
        MediaImage Add(string name, byte[] bytes, string alt, bool decorative = false, string caption = "", string credit = "")
        {
            var facts = ImageCodec.Inspect(bytes, 50_000_000).Facts ?? throw new InvalidOperationException($"{name} did not decode");
            var image = new MediaImage
            {
                FileName = name, AltText = alt, IsDecorative = decorative, Caption = caption, Credit = credit,
                Width = facts.Width, Height = facts.Height, HasAlpha = facts.HasAlpha, Format = facts.Format, ByteLength = bytes.Length,
                ContentHash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes)),
                CreatedAt = now, UpdatedAt = now, File = new MediaImageFile { Bytes = bytes },
            };
            db.MediaImages.Add(image);
            return image;
        }

        var picture = Add("neck.jpg", TestImages.Jpeg(1600, 1000), PictureAlt);
        var diagram = Add("spinal-cord.png", TestImages.PngWithAlpha(700, 500), DiagramAlt, caption: "The cord runs through the neck bones", credit: "Drawing: clinic staff");
        var room = Add("room.jpg", TestImages.Jpeg(900, 600), "", decorative: true);
        await db.SaveChangesAsync();

        var condition = await db.Conditions.SingleAsync(c => c.Slug == SeedData.CervicalMyelopathySlug);
        condition.ImageId = picture.Id;
        condition.Body += $"\n\n![{DiagramAlt}](media:{diagram.Id})\n\nOur treatment rooms are on the ground floor. ![](media:{room.Id})\n";
        await db.SaveChangesAsync();
        return new List<MediaImage> { picture, diagram, room };
    });
}
