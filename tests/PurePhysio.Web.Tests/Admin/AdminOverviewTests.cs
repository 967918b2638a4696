using System.Net;
using Microsoft.EntityFrameworkCore;
using PurePhysio.Web.Domain;
using PurePhysio.Web.Features.Admin;
using PurePhysio.Web.Tests.Infrastructure;

namespace PurePhysio.Web.Tests.Admin;

/// <summary>What staff see about the area as a whole: the dashboard, the audit log, and a page they may not open.</summary>
public sealed class AdminOverviewTests(ClinicAppFactory factory) : IClassFixture<ClinicAppFactory>
{
    [Fact]
    public async Task DashboardRecentChangesNameTheContentByItsTitleAndLinkToItsHistory()
    {
        var editor = await factory.SignedInClientAsync(AdminRoles.Editor);
        var id = await factory.WithDbAsync(db => db.StaticPages.Where(p => p.Slug != "home").Select(p => p.Id).FirstAsync());
        var title = "Dashboard title " + Guid.NewGuid().ToString("N")[..6];
        using (var saved = await editor.SubmitAsync($"/admin/pages/{id}/edit", "#edit-form", new Dictionary<string, string> { ["Title"] = title, ["Publish"] = "Publish" }))
        {
            await AdminSession.AssertRedirectAsync(saved);
        }

        var dashboard = await editor.GetDocumentAsync("/admin");
        var link = dashboard.QuerySelectorAll(".recent li a").First(a => a.Text() == title);
        Assert.Equal($"/admin/pages/{id}/history", link.GetAttribute("href"));
        Assert.DoesNotContain(dashboard.QuerySelectorAll(".recent li"), li => li.Text().StartsWith("Page ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TheAuditLogFiltersByPersonActionAndDate()
    {
        var admin = await factory.SignedInClientAsync(AdminRoles.Admin);
        var today = DateTime.UtcNow;
        await factory.WithDbAsync(async db =>
        {
            db.AuditEvents.AddRange(
                new AuditEvent { OccurredAt = today.AddDays(-40), UserEmail = "filter-old@purephysio.example", Action = "settings.updated", Target = "Old change" },
                new AuditEvent { OccurredAt = today, UserEmail = "filter-new@purephysio.example", Action = "settings.updated", Target = "New change" },
                new AuditEvent { OccurredAt = today, UserEmail = "filter-new@purephysio.example", Action = "content.updated", Target = "Other action" });
            await db.SaveChangesAsync();
        });

        static string[] Targets(AngleSharp.Html.Dom.IHtmlDocument page) =>
            page.QuerySelectorAll("tbody tr").Select(tr => tr.Children[3].Text()).Where(t => t is "Old change" or "New change" or "Other action").ToArray();

        Assert.Equal(["Other action", "New change", "Old change"], Targets(await admin.GetDocumentAsync("/admin/audit?who=filter-")));
        Assert.Equal(["Other action", "New change"], Targets(await admin.GetDocumentAsync("/admin/audit?who=filter-new")));
        Assert.Equal(["New change", "Old change"], Targets(await admin.GetDocumentAsync("/admin/audit?who=filter-&event=settings.updated")));
        var from = today.AddDays(-2).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var page = await admin.GetDocumentAsync($"/admin/audit?who=filter-&event=settings.updated&from={from}");
        Assert.Equal(["New change"], Targets(page));
        Assert.Equal("settings.updated", page.One("#event option[selected]").GetAttribute("value"));
        Assert.Equal("filter-", page.One("#who").GetAttribute("value"));
        var to = today.AddDays(-30).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(["Old change"], Targets(await admin.GetDocumentAsync($"/admin/audit?who=filter-&to={to}")));
    }

    [Fact]
    public async Task AnEditorRefusedAnAdminOnlyPageStaysInTheAdminLayoutWithAWayBackToTheDashboard()
    {
        var editor = await factory.SignedInClientAsync(AdminRoles.Editor);

        using var response = await editor.GetAsync("/admin/users");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var page = await Html.ParseAsync(response);
        Assert.NotNull(page.QuerySelector(".admin-header"));
        Assert.Equal("/admin", page.One("main a[href='/admin']").GetAttribute("href"));
        Assert.Equal("Access denied", page.One("main h1").Text());
    }
}
