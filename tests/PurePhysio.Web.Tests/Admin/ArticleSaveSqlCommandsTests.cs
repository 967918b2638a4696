using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using PurePhysio.Web.Data;
using PurePhysio.Web.Features.Admin;
using PurePhysio.Web.Tests.Infrastructure;
using Xunit.Abstractions;

namespace PurePhysio.Web.Tests.Admin;

/// <summary>
/// The figure docs/benchmarks.md records: how many SQL commands one save of the seeded Cervical Myelopathy
/// article sends when an editor changes one paragraph of its main text (everything else as the form shows it).
/// </summary>
public sealed class ArticleSaveSqlCommandsTests(SqlProbeAppFactory factory, ITestOutputHelper output) : IClassFixture<SqlProbeAppFactory>, IDisposable, IAsyncLifetime
{
    // About editing, not approval: articles may be published without a clinician's approval here.
    public Task InitializeAsync() => factory.PublishConditionsWithoutApprovalAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task EditingOneParagraphOfCervicalMyelopathySendsFewerThanThirtySqlCommands()
    {
        var admin = await factory.SignedInClientAsync(AdminRoles.Editor);
        var id = await factory.WithDbAsync(db => db.Conditions.Where(c => c.Slug == SeedData.CervicalMyelopathySlug).Select(c => c.Id).SingleAsync());
        var page = await admin.GetDocumentAsync($"/admin/conditions/{id}/edit");
        var form = (IHtmlFormElement)page.One("#edit-form");
        var body = FormSubmission.FieldsOf(form)["Body"].ReplaceLineEndings("\n");
        var paragraphs = body.Split("\n\n");
        Assert.True(paragraphs.Length >= 3, "the seeded article has several paragraphs");
        var changed = paragraphs.Select((p, i) => i == 1 ? p + " Most people improve with the right care." : p);

        factory.Probe.Recording = true;
        using (var saved = await admin.PostFormAsync(form, $"/admin/conditions/{id}/edit", new Dictionary<string, string>
        {
            ["Body"] = string.Join("\n\n", changed),
            ["ChangeSummary"] = "One paragraph",
            ["Publish"] = "Publish",
        }))
        {
            factory.Probe.Recording = false;
            await AdminSession.AssertRedirectAsync(saved);
        }

        var commands = factory.Probe.Commands;
        output.WriteLine($"SQL commands for one paragraph of {SeedData.CervicalMyelopathySlug}: {commands.Count}");
        foreach (var c in commands)
        {
            output.WriteLine("- " + c.ReplaceLineEndings(" "));
        }

        Assert.InRange(commands.Count, 1, 29);
        var patient = await factory.CreateClient().GetDocumentAsync("/conditions/" + SeedData.CervicalMyelopathySlug);
        Assert.Contains("Most people improve with the right care.", patient.One("main").TextContent);
    }

    public void Dispose() => factory.Probe.Reset();
}
