using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace PurePhysio.Web.Features.Errors;

internal sealed record ErrorViewModel(int StatusCode, string Title, string Message, string? Phone = null);

/// <summary>Renders error pages for status codes (re-executed by the status code pages middleware) and exceptions.</summary>
[ApiExplorerSettings(IgnoreApi = true)]
public sealed class ErrorsController(ClinicPhone phone) : Controller
{
    private const string AdminAreaPath = "/admin";
    private const string AdminForbiddenView = "~/Features/Admin/Shared/Forbidden.cshtml";

    // [FromRoute]: a re-executed POST keeps its body; reading it again here (it may be what failed) would fail again.
    [Route("error/{code:int}")]
    public IActionResult Status([FromRoute] int code)
    {
        var model = code switch
        {
            400 => new ErrorViewModel(400, "Bad request", "Something in that request was not right. Please go back and try again."),
            403 => new ErrorViewModel(403, "Access denied", "You do not have permission to see this page."),
            404 => new ErrorViewModel(404, "Page not found", "We could not find the page you were looking for. It may have moved or been removed."),
            405 => new ErrorViewModel(405, "Not allowed", "That action is not allowed on this page."),
            413 => new ErrorViewModel(413, "Too much sent", "What you sent was too large. Please go back, shorten it and try again."),
            429 => new ErrorViewModel(429, "Too many requests",
                $"You have sent a lot of requests in a short time. Please wait {(RetryAfter.Read(Response) is { } wait ? RetryAfter.InWords(wait) : "a few minutes")} and try again."),
            >= 500 => new ErrorViewModel(code, "Something went wrong",
                phone.Number is not null
                    ? "Sorry, something went wrong on our side. Please try again later, or phone the clinic on"
                    : "Sorry, something went wrong on our side. Please try again later, or phone the clinic.",
                phone.Number),
            _ => new ErrorViewModel(code, "Something went wrong", "Sorry, that did not work."),
        };

        Response.StatusCode = code is >= 400 and < 600 ? code : 404;
        if (code == 403 && HttpContext.Features.Get<IStatusCodeReExecuteFeature>()?.OriginalPath is { } path
            && path.StartsWith(AdminAreaPath, StringComparison.OrdinalIgnoreCase))
        {
            // Staff refused a page of the admin area stay in the admin area's layout, with a way back to its dashboard.
            return View(AdminForbiddenView, model);
        }

        return View(model.StatusCode >= 500 ? "ServerError" : "Status", model);
    }
}
