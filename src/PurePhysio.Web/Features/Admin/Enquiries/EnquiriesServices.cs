namespace PurePhysio.Web.Features.Admin.Enquiries;

internal static class EnquiriesServices
{
    /// <summary>The enquiry inbox and the retention purge.</summary>
    public static IServiceCollection AddAdminEnquiries(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<EnquiryRetentionOptions>(configuration.GetSection("Enquiries"));
        services.AddScoped<ListEnquiries>().AddScoped<ShowEnquiry>().AddScoped<ChangeEnquiryStatus>().AddScoped<AddEnquiryNote>()
            .AddScoped<RetryEnquiryMail>().AddScoped<ExportEnquiries>().AddScoped<DeleteEnquiry.Handler>();
        services.AddScoped<EnquiryRetention>();
        services.AddHostedService<EnquiryRetentionService>();
        return services;
    }
}
