namespace PurePhysio.Web.Domain;

/// <summary>Content that patients see only once it is published and its publish time has come.</summary>
public interface IPublishable
{
    bool IsPublished { get; }
    DateTimeOffset? PublishedAt { get; }
}
