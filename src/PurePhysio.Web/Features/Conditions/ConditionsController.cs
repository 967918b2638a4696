using Microsoft.AspNetCore.Mvc;
using PurePhysio.Web.Features.Redirects;

namespace PurePhysio.Web.Features.Conditions;

[Route("conditions")]
public sealed class ConditionsController(ConditionQueries queries, SlugRedirectLookup redirects) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await queries.ListPublishedAsync(cancellationToken));

    [HttpGet("{slug}")]
    public async Task<IActionResult> Details(string slug, CancellationToken cancellationToken)
    {
        var model = await queries.FindPublishedAsync(slug, cancellationToken);
        if (model is not null)
        {
            return View(model);
        }

        // Staff renamed the article: old links keep working.
        var moved = await redirects.FindConditionAsync(slug, cancellationToken);
        return moved is null ? NotFound() : RedirectPermanent(moved);
    }
}
