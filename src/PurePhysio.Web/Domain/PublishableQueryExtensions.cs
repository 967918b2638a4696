namespace PurePhysio.Web.Domain;

/// <summary>The one definition of "patients can see it now", for every <see cref="IPublishable"/> query.</summary>
internal static class PublishableQueryExtensions
{
    public static IQueryable<T> WherePublished<T>(this IQueryable<T> query, DateTimeOffset now)
        where T : class, IPublishable =>
        query.Where(x => x.IsPublished && (x.PublishedAt == null || x.PublishedAt <= now));
}
