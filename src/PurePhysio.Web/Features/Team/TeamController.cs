using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using PurePhysio.Web.Features.Clinic;

namespace PurePhysio.Web.Features.Team;

/// <summary>The team list and each profile; their JSON-LD is written by the views through Seo (which knows Team, not the other way round).</summary>
[Route("team")]
[OutputCache(PolicyName = PublicPagePolicy.Name)]
public sealed class TeamController(TeamQueries queries) : Controller
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
        return View(profile);
    }
}
