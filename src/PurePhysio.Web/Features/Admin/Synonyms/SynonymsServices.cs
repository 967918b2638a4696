namespace PurePhysio.Web.Features.Admin.Synonyms;

internal static class SynonymsServices
{
    /// <summary>Editing the site search's synonym groups.</summary>
    public static IServiceCollection AddAdminSynonyms(this IServiceCollection services) =>
        services.AddScoped<EditSynonyms>();
}
