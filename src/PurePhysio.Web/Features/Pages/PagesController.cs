using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using PurePhysio.Web.Data;
using PurePhysio.Web.Features.Clinic;

namespace PurePhysio.Web.Features.Pages;

[OutputCache(PolicyName = PublicPagePolicy.Name)]
public sealed class PagesController(PageQueries queries) : Controller
{
    // Static pages live at the site root (/privacy-policy). Order 100 lets every other route win first.
    [HttpGet("{slug:regex(^[[a-zA-Z0-9-]]+$)}", Order = 100)]
    [HttpHead("{slug:regex(^[[a-zA-Z0-9-]]+$)}", Order = 100)]
    public async Task<IActionResult> Show(string slug, CancellationToken cancellationToken)
    {
        if (string.Equals(slug, SeedData.HomePageSlug, StringComparison.OrdinalIgnoreCase))
        {
            return RedirectPermanent("/");
        }

        var page = await queries.FindPublishedAsync(slug, cancellationToken);
        if (page is not null)
        {
            HttpContext.TagCachedPage(CacheTags.Page(page.Id));
            return View(page);
        }

        // Staff renamed the page: old links keep working.
        var moved = await queries.FindMovedAsync(slug, cancellationToken);
        return moved is null ? NotFound() : RedirectPermanent(moved);
    }
}
