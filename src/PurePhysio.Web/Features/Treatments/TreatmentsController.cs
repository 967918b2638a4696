using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc;
using PurePhysio.Web.Features.Seo;

namespace PurePhysio.Web.Features.Treatments;

public sealed record TreatmentPage(TreatmentDetails Treatment, JsonObject StructuredData);

public sealed record TreatmentsIndexPage(IReadOnlyList<TreatmentListItem> Treatments, JsonObject StructuredData);

[Route("treatments")]
public sealed class TreatmentsController(TreatmentQueries queries, SiteUrls urls) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var treatments = await queries.ListPublishedAsync(cancellationToken);
        return View(new TreatmentsIndexPage(treatments, TreatmentStructuredData.List(treatments, urls.BaseUrl(Request))));
    }

    [HttpGet("{slug}")]
    public async Task<IActionResult> Details(string slug, CancellationToken cancellationToken)
    {
        var treatment = await queries.FindPublishedAsync(slug, cancellationToken);
        return treatment is null
            ? NotFound()
            : View(new TreatmentPage(treatment, TreatmentStructuredData.Page(treatment, urls.BaseUrl(Request))));
    }
}
