using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using PurePhysio.Web.Features.Errors;
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
    EnquiryRateLimiter rateLimiter,
    IAntiforgery antiforgery,
    ILogger<EnquiriesController> logger) : Controller
{
    public const string CheckAgainMessage =
        "We could not send your enquiry yet. Please check your details and press \u201cSend enquiry\u201d again.";

    /// <summary>The antiforgery system's own no-cache headers, set first so that it has nothing to override (and log).</summary>
    private const string NoStore = "no-cache, no-store";

    public static string TooManyMessage(TimeSpan wait) =>
        $"You have sent several enquiries in a short time. Your answers are kept below: please wait {RetryAfter.InWords(wait)}, then press \u201cSend enquiry\u201d again.";

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
    [RequestSizeLimit(ReadableEnquiryPostAttribute.MaxBodyBytes)]
    [ReadableEnquiryPost]
    public async Task<IActionResult> Create([FromForm] CreateEnquiryViewModel input, CancellationToken cancellationToken)
    {
        if (!EnquiryFormGuard.IsFromThisSite(Request))
        {
            // Another site made the browser post: show nothing of what was posted.
            logger.LogWarning("Enquiry post rejected: cross-site request");
            return BadRequest();
        }

        // A browser's own word that this site's page made the post stands in for the token: the form beside a
        // cached article then works on the first press without JavaScript (ADR 0003). Anyone else needs the token.
        var tokenValid = EnquiryFormGuard.ProvesSameOrigin(Request) || await antiforgery.IsRequestValidAsync(HttpContext);
        var filledByAPerson = guard.WasFilledByAPerson(input.FormStarted);
        var honeypotEmpty = string.IsNullOrEmpty(input.Website);

        // Control characters never reach the inbox, the CSV export or the staff mail; the annotations run again
        // on what is left (a name of only line breaks is no name).
        EnquiryText.Clean(input);
        ModelState.Clear();
        TryValidateModel(input);
        EnquiryValidation.Validate(input, ModelState);

        if (!tokenValid || !filledByAPerson || !honeypotEmpty)
        {
            if (rateLimiter.TryAcquire(HttpContext) is { } spamWait)
            {
                return TooMany(input, spamWait);
            }

            // The same answer for a missing token, a too-fast post and a filled honeypot: a person presses Send
            // again on a fresh form; a bot learns nothing.
            logger.LogInformation("Enquiry post not accepted: token valid {TokenValid}, fill time ok {FillTimeOk}, honeypot empty {HoneypotEmpty}",
                tokenValid, filledByAPerson, honeypotEmpty);
            ModelState.AddModelError("", CheckAgainMessage);
            input.Website = null;
            return FormPage(input, StatusCodes.Status400BadRequest);
        }

        if (!ModelState.IsValid)
        {
            // A patient's mistake in a field costs no permit: correcting it must not lock them out.
            return FormPage(input, StatusCodes.Status400BadRequest);
        }

        if (rateLimiter.TryAcquire(HttpContext) is { } wait)
        {
            return TooMany(input, wait);
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
        SetNoStore(Response);
        var tokens = antiforgery.GetAndStoreTokens(HttpContext);
        return Json(new
        {
            tokenField = tokens.FormFieldName,
            token = tokens.RequestToken,
            startedField = nameof(CreateEnquiryViewModel.FormStarted),
            started = guard.IssueFormStarted(),
        });
    }

    private ViewResult TooMany(CreateEnquiryViewModel input, TimeSpan wait)
    {
        logger.LogWarning("Enquiry post refused: rate limit reached, retry after {RetryAfterSeconds} s", RetryAfter.Seconds(wait));
        RetryAfter.Set(Response, wait);
        input.Website = null;
        return FormPage(ControllerContext, guard, input, [KeyValuePair.Create("", TooManyMessage(wait))], StatusCodes.Status429TooManyRequests);
    }

    private ViewResult FormPage(CreateEnquiryViewModel input, int statusCode)
    {
        var errors = EnquiryFormViewModel.FieldOrder
            .Select(field => (field, entry: ModelState.TryGetValue(field, out var e) ? e : null))
            .Where(x => x.entry is { Errors.Count: > 0 })
            .Select(x => KeyValuePair.Create(x.field, x.entry!.Errors[0].ErrorMessage is { Length: > 0 } message ? message : "Check this answer"))
            .ToList();
        return FormPage(ControllerContext, guard, input, errors, statusCode);
    }

    /// <summary>The /enquiry page with this input and these errors (also used before model binding, see <see cref="ReadableEnquiryPostAttribute"/>).</summary>
    internal static ViewResult FormPage(ActionContext context, EnquiryFormGuard guard, CreateEnquiryViewModel input,
        IReadOnlyList<KeyValuePair<string, string>> errors, int statusCode)
    {
        context.HttpContext.Response.StatusCode = statusCode;
        SetNoStore(context.HttpContext.Response);
        var metadata = context.HttpContext.RequestServices.GetRequiredService<IModelMetadataProvider>();
        return new ViewResult
        {
            ViewName = "Index",
            StatusCode = statusCode,
            ViewData = new ViewDataDictionary<EnquiryFormViewModel>(metadata, new ModelStateDictionary())
            {
                Model = new EnquiryFormViewModel { Input = input, FormStarted = guard.IssueFormStarted(), Errors = errors },
            },
        };
    }

    private static void SetNoStore(HttpResponse response)
    {
        response.Headers.CacheControl = NoStore;
        response.Headers.Pragma = "no-cache";
    }

    private static bool IsSlug(string value) => value.Length <= 120 && value.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-');
}
