using Microsoft.AspNetCore.Mvc;

namespace PurePhysio.Web.Features.Conditions;

[Route("conditions")]
public sealed class ConditionsController(ConditionQueries queries) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await queries.ListPublishedAsync(cancellationToken));

    [HttpGet("{slug}")]
    public async Task<IActionResult> Details(string slug, CancellationToken cancellationToken)
    {
        var model = await queries.FindPublishedAsync(slug, cancellationToken);
        return model is null ? NotFound() : View(model);
    }
}
