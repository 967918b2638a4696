using System.Net;
using AngleSharp.Dom;
using PurePhysio.Web.Features.Admin;
using PurePhysio.Web.Tests.Infrastructure;

namespace PurePhysio.Web.Tests.Admin;

/// <summary>Whatever staff type into Markdown, no script, event handler or javascript: URL reaches a patient's browser.</summary>
public sealed class ContentSanitizationTests(ClinicAppFactory factory) : IClassFixture<ClinicAppFactory>, IAsyncLifetime
{
    // About editing, not approval: articles may be published without a clinician's approval here.
    public Task InitializeAsync() => factory.PublishConditionsWithoutApprovalAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private const string Payload = """
        Intro <script>alert('intro')</script>

        <img src="x" onerror="alert('img')">

        [click me](javascript:alert('link'))

        <a href="javascript:alert(1)" onclick="alert(2)">raw link</a>

        <iframe src="https://evil.example/"></iframe>

        ![pic](javascript:alert('img2'))

        <svg onload="alert('svg')"></svg>

        [data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)
        """;

    private static void AssertHarmless(IElement article)
    {
        Assert.Empty(article.QuerySelectorAll("script, iframe, svg, object, embed, form"));
        foreach (var element in article.QuerySelectorAll("*"))
        {
            Assert.DoesNotContain(element.Attributes, a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase));
            foreach (var attribute in new[] { "href", "src" })
            {
                var value = element.GetAttribute(attribute);
                if (value is not null)
                {
                    Assert.DoesNotMatch("^\\s*(javascript|data|vbscript):", value.ToLowerInvariant());
                }
            }
        }
    }

    /// <summary>Only the site's own script files run; JSON-LD data blocks are data, and nothing broke out of them.</summary>
    private static void AssertOnlyTheSitesOwnScripts(AngleSharp.Html.Dom.IHtmlDocument page) =>
        Assert.All(page.QuerySelectorAll("script:not([type='application/ld+json'])"),
            s => Assert.StartsWith("/js/", s.GetAttribute("src") ?? "(inline)", StringComparison.Ordinal));

    [Fact]
    public async Task ScriptPayloadsInAConditionComeOutHarmlessOnThePublicPageAndInPreview()
    {
        var client = await factory.SignedInClientAsync(AdminRoles.Editor);
        var form = new Dictionary<string, string>
        {
            ["Title"] = "<script>alert('title')</script>",
            ["Slug"] = "xss-condition",
            ["Summary"] = "\"><script>alert('summary')</script>",
            ["Introduction"] = Payload,
            ["Body"] = Payload,
            ["UrgencyNotice"] = "<b onmouseover=alert(1)>urgent</b>",
            ["Symptoms"] = "<script>alert('symptom')</script>",
            ["Publish"] = "Publish",
        };

        using var preview = await client.SubmitAsync("/admin/conditions/create", "#edit-form", form, "button[formaction]");
        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        AssertHarmless((await Html.ParseAsync(preview)).One("main article"));

        using var saved = await client.SubmitAsync("/admin/conditions/create", "#edit-form", form);
        await AdminSession.AssertRedirectAsync(saved);
        var page = await factory.CreateClient().GetDocumentAsync("/conditions/xss-condition");
        var main = page.One("main article");
        AssertHarmless(main);
        AssertOnlyTheSitesOwnScripts(page);
        Assert.Equal("<script>alert('title')</script>", main.One("h1").Text());
        Assert.Equal(2, main.QuerySelectorAll("a").Count(a => a.Text() == "click me"));
    }

    [Fact]
    public async Task ScriptPayloadsInAPageComeOutHarmless()
    {
        var client = await factory.SignedInClientAsync(AdminRoles.Editor);

        using var saved = await client.SubmitAsync("/admin/pages/create", "#edit-form", new Dictionary<string, string>
        {
            ["Title"] = "Xss page", ["Slug"] = "xss-page", ["Summary"] = "x", ["Body"] = Payload, ["Publish"] = "Publish",
        });
        await AdminSession.AssertRedirectAsync(saved);

        var page = await factory.CreateClient().GetDocumentAsync("/xss-page");
        AssertHarmless(page.One("main article"));
        AssertOnlyTheSitesOwnScripts(page);
    }
}
