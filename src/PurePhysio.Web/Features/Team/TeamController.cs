using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using PurePhysio.Web.Features.Clinic;
using PurePhysio.Web.Features.Seo;

namespace PurePhysio.Web.Features.Team;

public sealed record TeamMemberPage(TeamMemberProfile Profile, System.Text.Json.Nodes.JsonObject StructuredData);

[Route("team")]
[OutputCache(PolicyName = PublicPagePolicy.Name)]
public sealed class TeamController(TeamQueries queries, SiteUrls urls) : Controller
{
    [HttpGet("")]
    [HttpHead("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await queries.ListPublishedAsync(cancellationToken));

    [HttpGet("{slug}")]
    [HttpHead("{slug}")]
    public async Task<IActionResult> Details(string slug, CancellationToken cancellationToken)
    {
        var profile = await queries.FindPublishedAsync(slug, cancellationToken);
        if (profile is null)
        {
            return NotFound();
        }

        // The profile lists condition articles by title: a change to any condition evicts it too.
        HttpContext.TagCachedPage(CacheTags.ConditionList);
        var data = TeamStructuredData.ProfilePage(profile, urls.BaseUrl(Request));
        return View(new TeamMemberPage(profile, data));
    }
}
