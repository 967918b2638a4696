using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace PurePhysio.Web.Features.Enquiries;

/// <summary>
/// Enquiry posts allowed per client IP address (<c>Enquiries:RateLimit</c>). Taken inside the action rather than
/// by the rate limiting middleware, so that a post a patient got wrong (a field to correct) costs nothing, and
/// a refused post is answered with the form and everything typed, not a bare error page.
/// </summary>
public sealed class EnquiryRateLimiter : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter;

    public EnquiryRateLimiter(IOptions<EnquiryOptions> options)
    {
        var limit = options.Value.RateLimit;
        _limiter = PartitionedRateLimiter.Create<string, string>(client => RateLimitPartition.GetFixedWindowLimiter(
            client, _ => new FixedWindowRateLimiterOptions { PermitLimit = limit.PermitLimit, Window = limit.Window, QueueLimit = 0 }));
    }

    /// <summary>Null when the post may go ahead; otherwise how long the client must wait.</summary>
    public TimeSpan? TryAcquire(HttpContext context)
    {
        using var lease = _limiter.AttemptAcquire(context.Connection.RemoteIpAddress?.ToString() ?? "unknown");
        if (lease.IsAcquired)
        {
            return null;
        }

        return lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) && retryAfter > TimeSpan.Zero
            ? retryAfter
            : TimeSpan.FromMinutes(1);
    }

    public void Dispose() => _limiter.Dispose();
}
