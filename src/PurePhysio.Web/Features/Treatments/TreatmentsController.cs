using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using PurePhysio.Web.Features.Clinic;

namespace PurePhysio.Web.Features.Treatments;

/// <summary>The treatments list and each treatment; their JSON-LD is written by the views through Seo (which knows Treatments, not the other way round).</summary>
[Route("treatments")]
[OutputCache(PolicyName = PublicPagePolicy.Name)]
public sealed class TreatmentsController(TreatmentQueries queries) : Controller
{
    [HttpGet("")]
    [HttpHead("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await queries.ListPublishedAsync(cancellationToken));

    [HttpGet("{slug}")]
    [HttpHead("{slug}")]
    public async Task<IActionResult> Details(string slug, CancellationToken cancellationToken)
    {
        var treatment = await queries.FindPublishedAsync(slug, cancellationToken);
        if (treatment is null)
        {
            return NotFound();
        }

        // The page lists condition articles by title: a change to any condition evicts it too.
        HttpContext.TagCachedPage(CacheTags.ConditionList);
        return View(treatment);
    }
}
