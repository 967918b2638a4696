using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;

namespace PurePhysio.Web.Features.Enquiries;

/// <summary>
/// Server-side checks that tell a person's enquiry from a forged or automated one: the form's signed
/// start time (minimum fill time), and that a browser post comes from this site (see ADR 0003).
/// </summary>
public sealed class EnquiryFormGuard(IDataProtectionProvider dataProtection, IOptions<EnquiryOptions> options, TimeProvider time)
{
    private readonly IDataProtector _protector = dataProtection.CreateProtector("PurePhysio.Enquiries.FormStarted.v1");

    private sealed record Issued(long Second, string Token);

    private volatile Issued? _issued;

    /// <summary>
    /// A signed, opaque timestamp for the form being served now. Signing costs more than the rest of an
    /// article page, so one signature serves every form of the same second. It names the END of that second:
    /// a form never looks older than it is, so the minimum fill time is never shortened.
    /// </summary>
    public string IssueFormStarted()
    {
        var second = (time.GetUtcNow().ToUnixTimeMilliseconds() + 999) / 1000;
        var issued = _issued;
        if (issued is null || issued.Second != second)
        {
            issued = new Issued(second, _protector.Protect((second * 1000).ToString(CultureInfo.InvariantCulture)));
            _issued = issued;
        }

        return issued.Token;
    }

    /// <summary>True when the form was served by us, long enough ago for a person to fill it, and not too long ago.</summary>
    public bool WasFilledByAPerson(string? formStarted)
    {
        if (string.IsNullOrEmpty(formStarted))
        {
            return false;
        }

        string payload;
        try
        {
            payload = _protector.Unprotect(formStarted);
        }
        catch (CryptographicException)
        {
            return false;
        }

        if (!long.TryParse(payload, NumberStyles.None, CultureInfo.InvariantCulture, out var startedMs))
        {
            return false;
        }

        var elapsed = time.GetUtcNow() - DateTimeOffset.FromUnixTimeMilliseconds(startedMs);
        var minimum = TimeSpan.FromSeconds(options.Value.MinimumFillSeconds);
        // Issued times are rounded up to the second, so with no minimum a form posted within its first second
        // reads as up to one second early; nothing signed is further ahead than that.
        var filledLongEnough = minimum > TimeSpan.Zero ? elapsed >= minimum : elapsed > TimeSpan.FromSeconds(-1);
        return filledLongEnough && elapsed <= options.Value.MaximumFormAge;
    }

    /// <summary>
    /// False when the browser tells us the post was made by another site (Fetch Metadata, then Origin).
    /// Clients that send neither header are not browsers acting for a victim; the antiforgery token still applies to them.
    /// </summary>
    public static bool IsFromThisSite(HttpRequest request)
    {
        var fetchSite = request.Headers["Sec-Fetch-Site"].ToString();
        if (fetchSite.Length > 0)
        {
            return fetchSite is "same-origin" or "none";
        }

        var origin = request.Headers.Origin.ToString();
        return origin.Length == 0 || OriginIsThisHost(request, origin);
    }

    /// <summary>
    /// True when a browser states that a page of this site made the request: <c>Sec-Fetch-Site: same-origin</c>
    /// or, from browsers that predate Fetch Metadata, an <c>Origin</c> naming this host. A page on another site
    /// cannot make a browser send either (Go's CrossOriginProtection and Rails rely on the same headers).
    /// "none" (typed into the address bar) and requests with neither header prove nothing: they need the token.
    /// </summary>
    public static bool ProvesSameOrigin(HttpRequest request)
    {
        var fetchSite = request.Headers["Sec-Fetch-Site"].ToString();
        if (fetchSite.Length > 0)
        {
            return fetchSite == "same-origin";
        }

        var origin = request.Headers.Origin.ToString();
        return origin.Length > 0 && OriginIsThisHost(request, origin);
    }

    // Host only: behind a TLS-terminating proxy the app may see http while the browser says https. The Host
    // header is the victim browser's own in a forged post, so comparing with it is sound for this purpose.
    private static bool OriginIsThisHost(HttpRequest request, string origin) =>
        Uri.TryCreate(origin, UriKind.Absolute, out var uri) &&
        string.Equals(uri.Authority, request.Host.Value, StringComparison.OrdinalIgnoreCase);
}
