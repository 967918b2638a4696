using System.Net;
using Microsoft.EntityFrameworkCore;
using PurePhysio.Web.Data;
using PurePhysio.Web.Features.Admin;
using PurePhysio.Web.Tests.Admin;
using PurePhysio.Web.Tests.Infrastructure;

namespace PurePhysio.Web.Tests.Search;

/// <summary>Staff edit the synonyms list; searches on every instance use it at once.</summary>
public sealed class SynonymsAdminTests(ClinicAppFactory factory) : IClassFixture<ClinicAppFactory>
{
    [Fact]
    public async Task SeededListIsShownOneGroupPerLine()
    {
        var client = await factory.SignedInClientAsync(AdminRoles.Editor);

        var page = await client.GetDocumentAsync("/admin/synonyms");

        var lines = page.One("#synonyms-form textarea").TextContent.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(SeedData.SearchSynonyms, lines);
    }

    [Fact]
    public async Task SavedSynonymsApplyToTheNextSearch()
    {
        var anonymous = factory.CreateClient();
        Assert.Empty((await SearchPage.GetAsync(anonymous, "funnybone")).ResultUrls);
        var client = await factory.SignedInClientAsync(AdminRoles.Editor);

        using (var saved = await client.SubmitAsync("/admin/synonyms", "#synonyms-form",
                   new Dictionary<string, string> { ["Text"] = "funnybone,   tennis   elbow\r\nlumbago, low back pain" }))
        {
            await AdminSession.AssertRedirectAsync(saved);
        }

        var stored = await factory.WithDbAsync(db => db.SearchSynonymGroups.OrderBy(g => g.Id).Select(g => g.Terms).ToListAsync());
        Assert.Equal(["funnybone, tennis elbow", "lumbago, low back pain"], stored);
        Assert.Equal("/conditions/tennis-elbow", (await SearchPage.GetAsync(anonymous, "funnybone")).ResultUrls[0]);
    }

    [Fact]
    public async Task ALineWithOneEntryIsRefusedAndNothingIsStored()
    {
        var client = await factory.SignedInClientAsync(AdminRoles.Editor);
        var before = await factory.WithDbAsync(db => db.SearchSynonymGroups.CountAsync());

        using var refused = await client.SubmitAsync("/admin/synonyms", "#synonyms-form",
            new Dictionary<string, string> { ["Text"] = "knee, kneecap\njust one" });

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var page = await Html.ParseAsync(refused);
        Assert.Contains("Line 2", page.One(".field-error").Text(), StringComparison.Ordinal);
        Assert.Equal(before, await factory.WithDbAsync(db => db.SearchSynonymGroups.CountAsync()));
    }
}
