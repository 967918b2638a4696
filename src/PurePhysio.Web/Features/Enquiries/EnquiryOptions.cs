namespace PurePhysio.Web.Features.Enquiries;

/// <summary>Anti-spam settings for the enquiry form (section <c>Enquiries</c>).</summary>
public sealed class EnquiryOptions
{
    public const string SectionName = "Enquiries";

    /// <summary>A form sent back sooner than this after it was served is treated as automated.</summary>
    public double MinimumFillSeconds { get; set; } = 3;

    /// <summary>How long a served form stays valid; an older one is shown again to confirm.</summary>
    public TimeSpan MaximumFormAge { get; set; } = TimeSpan.FromDays(1);

    public EnquiryRateLimitOptions RateLimit { get; set; } = new();
}

/// <summary>Enquiry posts allowed per client IP address in each window.</summary>
public sealed class EnquiryRateLimitOptions
{
    public int PermitLimit { get; set; } = 10;
    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(10);
}
