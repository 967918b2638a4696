using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace PurePhysio.Web.Features.Admin;

/// <summary>What a form's handler did with a post, for the controller to pick a result.</summary>
public enum FormOutcome
{
    Saved,

    /// <summary>The form has problems (in the model state): show it again with 400.</summary>
    Invalid,

    /// <summary>What it changes does not exist: 404.</summary>
    NotFound,

    /// <summary>A post no form of ours makes (tampered or truncated): 400 without the form.</summary>
    Malformed,
}

/// <summary>
/// Base of every admin controller: staff sign-in and antiforgery on every unsafe request come with
/// the class, so no admin route can be added without them. A test enumerates the app's admin
/// endpoints and checks that each one turns anonymous visitors away.
/// </summary>
[Area("Admin")]
[Authorize(Policy = AdminPolicies.Staff)]
[AutoValidateAntiforgeryToken]
// Staff pages can show health data and change with every save: never kept by browsers or proxies.
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public abstract class AdminControllerBase : Controller
{
    protected string? CurrentUserId => User.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value;

    /// <summary>A one-line confirmation shown on the next page (after a redirect).</summary>
    protected void Flash(string message) => TempData["Flash"] = message;

    /// <summary>After a successful post: the confirmation for the next page, and a redirect to an action of this controller.</summary>
    protected RedirectToActionResult FlashAndRedirect(string message, string action, object? routeValues = null)
    {
        Flash(message);
        return RedirectToAction(action, routeValues);
    }

    /// <summary>The usual result of a form post: back to <paramref name="redirectAction"/> with a confirmation, or the form again.</summary>
    protected IActionResult FormResult(FormOutcome outcome, string confirmation, string redirectAction, string view, object form, object? routeValues = null) =>
        outcome switch
        {
            FormOutcome.Saved => FlashAndRedirect(confirmation, redirectAction, routeValues),
            FormOutcome.Invalid => FormAgain(view, form, StatusCodes.Status400BadRequest),
            FormOutcome.NotFound => NotFound(),
            _ => BadRequest(),
        };

    /// <summary>A form shown again with its problems (400) or a conflict (409).</summary>
    protected ViewResult FormAgain(string view, object form, int statusCode)
    {
        Response.StatusCode = statusCode;
        return View(view, form);
    }

    /// <summary>A public page rendered from unsaved content, marked so that nothing indexes or caches it as the real page.</summary>
    protected ViewResult PreviewOf(string publicView, object model)
    {
        ViewData["Preview"] = true;
        ViewData["Robots"] = "noindex";
        Response.Headers["X-Robots-Tag"] = "noindex";
        return View(publicView, model);
    }
}
