using Microsoft.AspNetCore.Mvc;
using PurePhysio.Web.Features.Seo;

namespace PurePhysio.Web.Features.Team;

public sealed record TeamMemberPage(TeamMemberProfile Profile, System.Text.Json.Nodes.JsonObject StructuredData);

[Route("team")]
public sealed class TeamController(TeamQueries queries, SiteUrls urls) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await queries.ListPublishedAsync(cancellationToken));

    [HttpGet("{slug}")]
    public async Task<IActionResult> Details(string slug, CancellationToken cancellationToken)
    {
        var profile = await queries.FindPublishedAsync(slug, cancellationToken);
        if (profile is null)
        {
            return NotFound();
        }

        var data = TeamStructuredData.ProfilePage(profile, urls.BaseUrl(Request));
        return View(new TeamMemberPage(profile, data));
    }
}
