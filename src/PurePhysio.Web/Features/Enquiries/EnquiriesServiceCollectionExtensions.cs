using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace PurePhysio.Web.Features.Enquiries;

public static class EnquiriesServiceCollectionExtensions
{
    public const string RateLimitPolicy = "enquiry-post";

    /// <summary>The enquiry form: its services, options and a per-IP rate limit on posting it.</summary>
    public static IServiceCollection AddEnquiries(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<EnquiryOptions>(configuration.GetSection(EnquiryOptions.SectionName));
        services.AddScoped<EnquirySubmission>();
        services.AddScoped<EnquiryQueries>();
        services.AddSingleton<EnquiryFormGuard>();

        services.AddRateLimiter(limiter =>
        {
            // The default is 503; 429 tells the patient (via /error/429) to wait rather than that we are down.
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = (context, _) =>
            {
                if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
                {
                    context.HttpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                }

                return ValueTask.CompletedTask;
            };
            limiter.AddPolicy(RateLimitPolicy, http =>
            {
                var options = http.RequestServices.GetRequiredService<IOptions<EnquiryOptions>>().Value.RateLimit;
                return RateLimitPartition.GetFixedWindowLimiter(
                    http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = options.PermitLimit, Window = options.Window, QueueLimit = 0 });
            });
        });

        return services;
    }
}
