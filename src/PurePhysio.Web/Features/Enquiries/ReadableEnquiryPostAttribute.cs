using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.WebUtilities;

namespace PurePhysio.Web.Features.Enquiries;

/// <summary>
/// Reads the enquiry post before model binding and antiforgery do, so that a body that is too large (413) or
/// cannot be read (400: too many fields, a key too long, a broken multipart boundary, a NUL or malformed
/// escape in a value) gets the enquiry page saying what to do, and one Warning line without a stack trace,
/// instead of an exception. When only some characters could not be decoded, the patient's answers are kept.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class ReadableEnquiryPostAttribute : Attribute, IAsyncResourceFilter, IOrderedFilter
{
    public const long MaxBodyBytes = 64 * 1024;

    public const string TooLargeMessage =
        "Your enquiry was too long to send. Please keep your message under 4,000 characters, fill in the form again and press \u201cSend enquiry\u201d.";

    public const string UnreadableMessage =
        "We could not read the form you sent. Please fill it in again and press \u201cSend enquiry\u201d.";

    public const string CharactersRemovedMessage =
        "Some characters in your answers could not be read and have been removed. Please check your details and press \u201cSend enquiry\u201d again.";

    // After [RequestSizeLimit] (900), which sets the server's body limit that reading the form enforces.
    public int Order => 1000;

    public async Task OnResourceExecutionAsync(ResourceExecutingContext context, ResourceExecutionDelegate next)
    {
        var http = context.HttpContext;
        var request = http.Request;
        if (request.ContentLength > MaxBodyBytes)
        {
            context.Result = Refuse(context, StatusCodes.Status413PayloadTooLarge, "body too large", TooLargeMessage, input: null);
            return;
        }

        // Small (limited above and by the server), so buffering lets a body whose values will not decode be read again.
        request.EnableBuffering(bufferThreshold: (int)MaxBodyBytes, bufferLimit: MaxBodyBytes);
        try
        {
            await request.ReadFormAsync(http.RequestAborted);
        }
        catch (BadHttpRequestException exception) when (exception.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            context.Result = Refuse(context, StatusCodes.Status413PayloadTooLarge, "body too large", TooLargeMessage, input: null);
            return;
        }
        catch (Exception exception) when (exception is InvalidDataException or BadHttpRequestException or IOException)
        {
            // A cross-site post must not be able to pre-fill the form in a visitor's browser (ADR 0003).
            // Only a value that would not decode (InvalidOperationException inside) leaves answers worth keeping.
            var undecodable = exception is InvalidDataException { InnerException: InvalidOperationException };
            var input = undecodable && EnquiryFormGuard.IsFromThisSite(request) ? await TryReadLenientlyAsync(request) : null;
            context.Result = Refuse(context, StatusCodes.Status400BadRequest, exception.GetType().Name,
                input is null ? UnreadableMessage : CharactersRemovedMessage, input);
            return;
        }

        await next();
    }

    private static ViewResult Refuse(ResourceExecutingContext context, int statusCode, string problem, string message, CreateEnquiryViewModel? input)
    {
        var http = context.HttpContext;
        http.RequestServices.GetRequiredService<ILogger<ReadableEnquiryPostAttribute>>()
            .LogWarning("Enquiry post not readable ({Problem}, {ContentLength} bytes): answered {StatusCode}", problem, http.Request.ContentLength, statusCode);
        // Answered before the body was read to its end: the connection cannot be reused for another request.
        http.Response.Headers.Connection = "close";
        if (input is not null)
        {
            EnquiryText.Clean(input);
            input.Website = null;
        }

        return EnquiriesController.FormPage(context, http.RequestServices.GetRequiredService<EnquiryFormGuard>(),
            input ?? new CreateEnquiryViewModel(), [KeyValuePair.Create("", message)], statusCode);
    }

    /// <summary>
    /// A url-encoded body within the limit whose values did not decode (e.g. %00): decoded leniently, so the
    /// patient's answers can be shown again with the unreadable characters removed. Null for anything else.
    /// </summary>
    private static async Task<CreateEnquiryViewModel?> TryReadLenientlyAsync(HttpRequest request)
    {
        if (!request.HasFormContentType || request.ContentType?.StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase) != true ||
            !request.Body.CanSeek || request.Body.Length > MaxBodyBytes)
        {
            return null;
        }

        request.Body.Position = 0;
        using var reader = new StreamReader(request.Body, Encoding.UTF8, detectEncodingFromByteOrderMarks: false, leaveOpen: true);
        var body = await reader.ReadToEndAsync(request.HttpContext.RequestAborted);
        Dictionary<string, Microsoft.Extensions.Primitives.StringValues> fields;
        try
        {
            fields = QueryHelpers.ParseQuery(body);
        }
        catch (Exception exception) when (exception is UriFormatException or ArgumentException)
        {
            return null;
        }

        if (fields.Count > EnquiryFormViewModel.FieldOrder.Length + 8)
        {
            return null;
        }

        string? Field(string name) => fields.TryGetValue(name, out var value) ? value.ToString() : null;
        return new CreateEnquiryViewModel
        {
            Name = Field(nameof(CreateEnquiryViewModel.Name)),
            Email = Field(nameof(CreateEnquiryViewModel.Email)),
            Phone = Field(nameof(CreateEnquiryViewModel.Phone)),
            PreferredContactMethod = Enum.TryParse<Domain.ContactMethod>(Field(nameof(CreateEnquiryViewModel.PreferredContactMethod)), out var method) && Enum.IsDefined(method) ? method : null,
            PreferredTimes = Field(nameof(CreateEnquiryViewModel.PreferredTimes)),
            Reason = Field(nameof(CreateEnquiryViewModel.Reason)),
            Message = Field(nameof(CreateEnquiryViewModel.Message)),
            Consent = fields.TryGetValue(nameof(CreateEnquiryViewModel.Consent), out var consent) && consent.Contains("true"),
            ConditionSlug = Field(nameof(CreateEnquiryViewModel.ConditionSlug)),
        };
    }
}
