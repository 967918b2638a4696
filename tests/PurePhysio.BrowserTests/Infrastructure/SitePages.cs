using PurePhysio.Web.Data;

namespace PurePhysio.BrowserTests.Infrastructure;

/// <summary>One page of each type a visitor can open directly, with the status the server must answer.</summary>
public sealed record SitePage(string Name, string Path, int Status = 200);

public static class SitePages
{
    public static readonly IReadOnlyList<SitePage> Public =
    [
        new("home", "/"),
        new("conditions index", "/conditions"),
        // With a picture and two images in its text (MediaTestContent); home and the index show its picture on a card.
        new("condition", "/conditions/" + SeedData.CervicalMyelopathySlug),
        new("static page", "/about"),
        new("contact", "/contact"),
        new("treatments index", "/treatments"),
        new("treatment", "/treatments/" + SeedData.InitialAssessmentSlug),
        new("team index", "/team"),
        new("team member", "/team/" + SeedData.PlaceholderPractitionerSlug),
        new("enquiry", "/enquiry"),
        new("search results", "/search?q=neck+pain"),
        new("search without results", "/search?q=zzzyzx"),
        new("not found", "/no-such-page-anywhere", 404),
    ];

    public static SitePage Named(string name) => Public.Single(p => p.Name == name);
}
