namespace PurePhysio.Web.Email;

internal static class EmailServiceCollectionExtensions
{
    /// <summary>Outgoing mail through the outbox: MailKit SMTP, or .eml files when no host is configured.</summary>
    public static IServiceCollection AddOutboxEmail(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<MailOptions>(configuration.GetSection(MailOptions.SectionName));
        services.Configure<OutboxDeliveryOptions>(configuration.GetSection(OutboxDeliveryOptions.SectionName));
        services.AddSingleton<OutboxSignal>();
        services.AddSingleton<MailTransportFactory>();
        services.AddScoped<OutboxDelivery>();
        services.AddScoped<OutboxRetry>();
        services.AddHostedService<OutboxDeliveryService>();
        return services;
    }
}
