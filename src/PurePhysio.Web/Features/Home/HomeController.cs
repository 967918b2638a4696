using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using PurePhysio.Web.Data;
using PurePhysio.Web.Features.Clinic;
using PurePhysio.Web.Features.Conditions;
using PurePhysio.Web.Features.Pages;

namespace PurePhysio.Web.Features.Home;

internal sealed record HomeViewModel(PageViewModel? Intro, IReadOnlyList<ConditionListItem> Conditions);

public sealed class HomeController(PageQueries pages, ConditionQueries conditions) : Controller
{
    [HttpGet("/")]
    [HttpHead("/")]
    [OutputCache(PolicyName = PublicPagePolicy.Name)]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var intro = await pages.FindPublishedAsync(SeedData.HomePageSlug, cancellationToken);
        HttpContext.TagCachedPage(CacheTags.ConditionList);
        if (intro is not null)
        {
            HttpContext.TagCachedPage(CacheTags.Page(intro.Id));
        }

        return View(new HomeViewModel(intro, await conditions.ListPublishedAsync(cancellationToken)));
    }
}
