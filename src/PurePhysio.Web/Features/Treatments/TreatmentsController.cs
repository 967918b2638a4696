using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using PurePhysio.Web.Features.Clinic;
using PurePhysio.Web.Features.Seo;

namespace PurePhysio.Web.Features.Treatments;

public sealed record TreatmentPage(TreatmentDetails Treatment, JsonObject StructuredData);

public sealed record TreatmentsIndexPage(IReadOnlyList<TreatmentListItem> Treatments, JsonObject StructuredData);

[Route("treatments")]
[OutputCache(PolicyName = PublicPagePolicy.Name)]
public sealed class TreatmentsController(TreatmentQueries queries, SiteUrls urls) : Controller
{
    [HttpGet("")]
    [HttpHead("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var treatments = await queries.ListPublishedAsync(cancellationToken);
        return View(new TreatmentsIndexPage(treatments, TreatmentStructuredData.List(treatments, urls.BaseUrl(Request))));
    }

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
        return View(new TreatmentPage(treatment, TreatmentStructuredData.Page(treatment, urls.BaseUrl(Request))));
    }
}
