using PurePhysio.Web.Domain;

namespace PurePhysio.Web.Features.Admin.Content;

internal static class ContentServices
{
    /// <summary>What every kind of edited content uses: revisions and slug redirects, the check on its images and the picture choices.</summary>
    public static IServiceCollection AddAdminContent(this IServiceCollection services) =>
        services.AddScoped<RevisionStore>().AddScoped<MediaReferenceCheck>().AddScoped<PictureChoices>()
            .AddScoped<Clinic.IScheduledPublication, ScheduledDraftPublisher>()
            .AddHostedService<ScheduledDraftService>();

    /// <summary>One kind of content joins the shared editor and its history actions.</summary>
    public static IServiceCollection AddContentKind<TEntity, TSnapshot>(this IServiceCollection services, ContentKind<TEntity> kind)
        where TEntity : class, IVersionedContent
        where TSnapshot : class, IContentSnapshot<TSnapshot, TEntity> =>
        services.AddSingleton(kind)
            .AddScoped<ContentEditor<TEntity, TSnapshot>>()
            .AddScoped<ContentHistory<TEntity, TSnapshot>>()
            .AddScoped<ContentReview<TEntity, TSnapshot>>()
            .AddScoped<IScheduledDrafts>(sp => sp.GetRequiredService<ContentEditor<TEntity, TSnapshot>>());
}
