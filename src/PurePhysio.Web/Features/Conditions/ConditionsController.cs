using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using PurePhysio.Web.Features.Clinic;

namespace PurePhysio.Web.Features.Conditions;

[Route("conditions")]
[OutputCache(PolicyName = PublicPagePolicy.Name)]
public sealed class ConditionsController(ConditionQueries queries) : Controller
{
    [HttpGet("")]
    [HttpHead("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        HttpContext.TagCachedPage(CacheTags.ConditionList);
        return View(await queries.ListPublishedAsync(cancellationToken));
    }

    [HttpGet("{slug}")]
    [HttpHead("{slug}")]
    public async Task<IActionResult> Details(string slug, CancellationToken cancellationToken)
    {
        var model = await queries.FindPublishedAsync(slug, cancellationToken);
        if (model is not null)
        {
            HttpContext.TagCachedPage(CacheTags.Condition(model.Id));
            return View(model);
        }

        // Staff renamed the article: old links keep working.
        var moved = await queries.FindMovedAsync(slug, cancellationToken);
        return moved is null ? NotFound() : RedirectPermanent(moved);
    }
}
