using System.Net;
using Microsoft.Extensions.DependencyInjection;
using PurePhysio.Web.Features.Admin;
using PurePhysio.Web.Features.Media;
using PurePhysio.Web.Tests.Admin;
using PurePhysio.Web.Tests.Infrastructure;

namespace PurePhysio.Web.Tests.Media;

/// <summary>Two app hosts on one database, each with its own data folder (so its own rendition cache): both serve every image.</summary>
public sealed class TwoInstancesTests : IDisposable
{
    private readonly ClinicAppFactory _first = new();
    private readonly SecondInstance _second;

    public TwoInstancesTests()
    {
        _ = _first.Services; // Create the database before the second instance opens it.
        _second = new SecondInstance(Path.Combine(_first.DataPath, "purephysio.db"));
    }

    public void Dispose()
    {
        _second.Dispose();
        _first.Dispose();
    }

    private sealed class SecondInstance(string databasePath) : ClinicAppFactory
    {
        protected override IDictionary<string, string?> Settings =>
            new Dictionary<string, string?> { ["ConnectionStrings:Clinic"] = $"Data Source={databasePath}" };
    }

    [Fact]
    public async Task AnImageUploadedOnOneInstanceIsServedByTheOtherFromItsOwnCache()
    {
        var staff = await _first.SignedInClientAsync(AdminRoles.Editor);
        var image = await staff.UploadPhotoAsync(_first, "Gym equipment", TestImages.Jpeg(1000, 700), "gym.jpg");

        var path = new Uri(Renditions.Url(image.ContentHash, 640, "webp"), UriKind.Relative);
        using var fromSecond = await _second.CreateClient().GetAsync(path);
        using var fromFirst = await _first.CreateClient().GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, fromSecond.StatusCode);
        Assert.Equal(HttpStatusCode.OK, fromFirst.StatusCode);
        Assert.Equal(await fromFirst.Content.ReadAsByteArrayAsync(), await fromSecond.Content.ReadAsByteArrayAsync());
        Assert.StartsWith(_second.DataPath, _second.Services.GetRequiredService<RenditionStore>().CacheFolder, StringComparison.Ordinal);
        Assert.True(File.Exists(_second.Services.GetRequiredService<RenditionStore>().PathOf(image.ContentHash, 640, "webp")));

        // Staff on the second instance see and edit the same library.
        var staffOnSecond = await _second.SignedInClientAsync(AdminRoles.Editor);
        var list = await staffOnSecond.GetDocumentAsync("/admin/media?q=gym");
        Assert.Single(list.QuerySelectorAll(".media-grid__item"));
    }
}
