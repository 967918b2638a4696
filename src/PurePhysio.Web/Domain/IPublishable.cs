namespace PurePhysio.Web.Domain;

/// <summary>Content that patients see only once it is published and its publish time has come.</summary>
public interface IPublishable
{
    bool IsPublished { get; }
    DateTimeOffset? PublishedAt { get; }
}

public static class PublishableQueryExtensions
{
    public static IQueryable<T> WherePublished<T>(this IQueryable<T> query, DateTimeOffset now)
        where T : class, IPublishable =>
        query.Where(x => x.IsPublished && (x.PublishedAt == null || x.PublishedAt <= now));
}
