namespace PurePhysio.Web.Features.Admin.Enquiries;

public static class EnquiriesServices
{
    /// <summary>The enquiry inbox and the retention purge.</summary>
    public static IServiceCollection AddAdminEnquiries(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<EnquiryRetentionOptions>(configuration.GetSection("Enquiries"));
        services.AddScoped<EnquiryInbox>();
        services.AddScoped<EnquiryRetention>();
        services.AddScoped<DeleteEnquiry.Handler>();
        services.AddScoped<EnquiryActions>();
        services.AddHostedService<EnquiryRetentionService>();
        return services;
    }
}
