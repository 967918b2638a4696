using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using PurePhysio.Web.Features.Shared;

namespace PurePhysio.Web.Features.Enquiries;

/// <summary>
/// The appointment enquiry form: its own page, the post (stored with its mail before the patient is
/// told anything), and the confirmation page (Post/Redirect/Get). See docs/adr/0003 for the CSRF design.
/// </summary>
[Route("enquiry")]
public sealed class EnquiriesController(
    EnquirySubmission submission,
    EnquiryQueries queries,
    EnquiryFormGuard guard,
    IAntiforgery antiforgery,
    ILogger<EnquiriesController> logger) : Controller
{
    public const string CheckAgainMessage =
        "We could not send your enquiry yet. Please check your details and press \u201cSend enquiry\u201d again.";

    [HttpGet("")]
    public async Task<IActionResult> Index(string? condition, CancellationToken cancellationToken)
    {
        var input = new CreateEnquiryViewModel();
        var title = await queries.FindConditionTitleAsync(condition, cancellationToken);
        if (title is not null)
        {
            input.Reason = title;
            input.ConditionSlug = condition!.ToLowerInvariant();
        }

        return FormPage(input, StatusCodes.Status200OK);
    }

    [HttpPost("")]
    [EnableRateLimiting(EnquiriesServiceCollectionExtensions.RateLimitPolicy)]
    [RequestSizeLimit(64 * 1024)]
    public async Task<IActionResult> Create([FromForm] CreateEnquiryViewModel input, CancellationToken cancellationToken)
    {
        if (!EnquiryFormGuard.IsFromThisSite(Request))
        {
            // Another site made the browser post: show nothing of what was posted.
            logger.LogWarning("Enquiry post rejected: cross-site request");
            return BadRequest();
        }

        var tokenValid = await antiforgery.IsRequestValidAsync(HttpContext);
        var filledByAPerson = guard.WasFilledByAPerson(input.FormStarted);
        var honeypotEmpty = string.IsNullOrEmpty(input.Website);
        EnquiryValidation.Validate(input, ModelState);

        if (!tokenValid || !filledByAPerson || !honeypotEmpty)
        {
            // The same answer for a missing token (e.g. the cached sidebar form without JavaScript), a too-fast
            // post and a filled honeypot: a person presses Send again on a fresh form; a bot learns nothing.
            logger.LogInformation("Enquiry post not accepted: token valid {TokenValid}, fill time ok {FillTimeOk}, honeypot empty {HoneypotEmpty}",
                tokenValid, filledByAPerson, honeypotEmpty);
            ModelState.AddModelError("", CheckAgainMessage);
            input.Website = null;
            return FormPage(input, StatusCodes.Status400BadRequest);
        }

        if (!ModelState.IsValid)
        {
            return FormPage(input, StatusCodes.Status400BadRequest);
        }

        var sourcePage = string.IsNullOrEmpty(input.ConditionSlug) || !IsSlug(input.ConditionSlug)
            ? PublicPaths.Enquiry
            : PublicPaths.Condition(input.ConditionSlug);
        var reference = await submission.SubmitAsync(input, sourcePage, cancellationToken);

        // URLs are lower case site-wide (canonical redirects); the page shows the reference in capitals to quote.
        Response.Headers.Location = "/enquiry/sent/" + reference.ToLowerInvariant();
        return StatusCode(StatusCodes.Status303SeeOther);
    }

    [HttpGet("sent/{reference}")]
    public async Task<IActionResult> Sent(string reference, CancellationToken cancellationToken)
    {
        reference = reference.ToUpperInvariant();
        if (!EnquiryReference.IsWellFormed(reference) || !await queries.ReferenceExistsAsync(reference, cancellationToken))
        {
            return NotFound();
        }

        Response.Headers.CacheControl = "no-store";
        return View("Sent", reference);
    }

    /// <summary>
    /// A fresh antiforgery token and form start time for the form beside a (cacheable) article;
    /// fetched by wwwroot/js/enquiry-form.js. Never cached: the antiforgery cookie is set here.
    /// </summary>
    [HttpGet("form-token")]
    public IActionResult FormToken()
    {
        var tokens = antiforgery.GetAndStoreTokens(HttpContext);
        Response.Headers.CacheControl = "no-store";
        return Json(new
        {
            tokenField = tokens.FormFieldName,
            token = tokens.RequestToken,
            startedField = nameof(CreateEnquiryViewModel.FormStarted),
            started = guard.IssueFormStarted(),
        });
    }

    private ViewResult FormPage(CreateEnquiryViewModel input, int statusCode)
    {
        Response.StatusCode = statusCode;
        Response.Headers.CacheControl = "no-store";
        var errors = EnquiryFormViewModel.FieldOrder
            .Select(field => (field, entry: ModelState.TryGetValue(field, out var e) ? e : null))
            .Where(x => x.entry is { Errors.Count: > 0 })
            .Select(x => KeyValuePair.Create(x.field, x.entry!.Errors[0].ErrorMessage is { Length: > 0 } message ? message : "Check this answer"))
            .ToList();
        return View("Index", new EnquiryFormViewModel
        {
            Input = input,
            FormStarted = guard.IssueFormStarted(),
            Errors = errors,
        });
    }

    private static bool IsSlug(string value) => value.Length <= 120 && value.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-');
}
