using Microsoft.AspNetCore.Mvc;
using PurePhysio.Web.Data;
using PurePhysio.Web.Features.Conditions;
using PurePhysio.Web.Features.Pages;

namespace PurePhysio.Web.Features.Home;

public sealed record HomeViewModel(PageViewModel? Intro, IReadOnlyList<ConditionListItem> Conditions);

public sealed class HomeController(PageQueries pages, ConditionQueries conditions) : Controller
{
    [HttpGet("/")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(new HomeViewModel(
            await pages.FindPublishedAsync(SeedData.HomePageSlug, cancellationToken),
            await conditions.ListPublishedAsync(cancellationToken)));
}
