using System.Threading.RateLimiting;

namespace PurePhysio.Web.Features.Enquiries;

internal static class EnquiriesServiceCollectionExtensions
{
    /// <summary>The enquiry form: its services, options and a per-IP rate limit on posting it.</summary>
    public static IServiceCollection AddEnquiries(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<EnquiryOptions>(configuration.GetSection(EnquiryOptions.SectionName));
        services.AddScoped<EnquirySubmission>();
        services.AddScoped<EnquiryQueries>();
        services.AddSingleton<EnquiryFormGuard>();
        services.AddSingleton<EnquiryRateLimiter>();

        // The enquiry post takes its permits in the action (EnquiryRateLimiter); any policy added later answers
        // 429 (the default is 503) with Retry-After, which the /error/429 page reads.
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = (context, _) =>
            {
                if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
                {
                    Errors.RetryAfter.Set(context.HttpContext.Response, retryAfter);
                }

                return ValueTask.CompletedTask;
            };
        });

        return services;
    }
}
