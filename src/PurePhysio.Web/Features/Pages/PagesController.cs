using Microsoft.AspNetCore.Mvc;
using PurePhysio.Web.Data;
using PurePhysio.Web.Features.Contact;
using PurePhysio.Web.Features.Redirects;

namespace PurePhysio.Web.Features.Pages;

public sealed class PagesController(PageQueries queries, ContactQueries contact, SlugRedirectLookup redirects) : Controller
{
    // Static pages live at the site root (/privacy-policy). Order 100 lets every other route win first.
    [HttpGet("{slug:regex(^[[a-zA-Z0-9-]]+$)}", Order = 100)]
    public async Task<IActionResult> Show(string slug, CancellationToken cancellationToken)
    {
        if (string.Equals(slug, SeedData.HomePageSlug, StringComparison.OrdinalIgnoreCase))
        {
            return RedirectPermanent("/");
        }

        var page = await queries.FindPublishedAsync(slug, cancellationToken);
        if (page is not null)
        {
            return View(page.Slug == ContactQueries.ContactPageSlug
                ? page with { Contact = await contact.FindAsync(cancellationToken) }
                : page);
        }

        // Staff renamed the page: old links keep working.
        var moved = await redirects.FindPageAsync(slug, cancellationToken);
        return moved is null ? NotFound() : RedirectPermanent(moved);
    }
}
