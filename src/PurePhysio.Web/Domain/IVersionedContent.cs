namespace PurePhysio.Web.Domain;

/// <summary>Content staff edit with revisions: conditions and pages. Lets the admin area save both the same way.</summary>
public interface IVersionedContent : IPublishable
{
    int Id { get; }
    string Title { get; }
    string Slug { get; }
    new bool IsPublished { get; set; }
    new DateTimeOffset? PublishedAt { get; set; }
    DateTimeOffset CreatedAt { get; set; }
    DateTimeOffset UpdatedAt { get; set; }
    int Version { get; set; }
}
