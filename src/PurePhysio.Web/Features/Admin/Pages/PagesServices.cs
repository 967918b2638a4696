using PurePhysio.Web.Domain;
using PurePhysio.Web.Features.Admin.Content;

namespace PurePhysio.Web.Features.Admin.Pages;

internal static class PagesServices
{
    /// <summary>Editing pages in the admin area.</summary>
    public static IServiceCollection AddAdminPages(this IServiceCollection services) =>
        services.AddContentKind<StaticPage, PageSnapshot>(PageContent.Kind)
            .AddScoped<ListPages.Handler>()
            .AddScoped<EditPage.Handler>();
}
