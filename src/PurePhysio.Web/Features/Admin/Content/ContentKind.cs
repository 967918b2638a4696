using PurePhysio.Web.Domain;

namespace PurePhysio.Web.Features.Admin.Content;

/// <summary>
/// What the shared editor needs to know about one kind of content (conditions, pages): how it is
/// filed, named and found. Each kind is one static instance next to its feature
/// (<c>Conditions/ConditionContent.cs</c>, <c>Pages/PageContent.cs</c>).
/// </summary>
public sealed class ContentKind<TEntity>
    where TEntity : class, IVersionedContent
{
    /// <summary>The <see cref="ContentTypes"/> value its revisions and redirects are filed under.</summary>
    public required string ContentType { get; init; }

    /// <summary>How the audit log names it, e.g. "Condition".</summary>
    public required string AuditName { get; init; }

    /// <summary>How staff messages name one item, e.g. "condition".</summary>
    public required string Noun { get; init; }

    /// <summary>How the delete page names what patients see, e.g. "article".</summary>
    public required string PublicNoun { get; init; }

    /// <summary>The admin controller that edits it (for generated links), e.g. "Conditions".</summary>
    public required string AdminController { get; init; }

    /// <summary>Where patients see an item with this slug (<see cref="Shared.PublicPaths"/>).</summary>
    public required Func<string, string> PublicPath { get; init; }

    /// <summary>Its documents in the site search.</summary>
    public required SearchDocumentKind SearchKind { get; init; }

    /// <summary>A new, empty entity; the snapshot fills it.</summary>
    public required Func<TEntity> NewEntity { get; init; }

    /// <summary>The entity with whatever it owns (child rows) loaded, so a snapshot of it is complete.</summary>
    public Func<IQueryable<TEntity>, IQueryable<TEntity>> WithDetails { get; init; } = query => query;

    /// <summary>Whether the clinic's setting that content needs a clinician's approval before publishing applies (conditions; never pages).</summary>
    public bool MayNeedApproval { get; init; }

    /// <summary>Writes an approval onto the item as it is published (conditions: who reviewed it, and when).</summary>
    public Action<TEntity, Approval>? RecordApproval { get; init; }
}

/// <summary>A reviewer's approval of what is being published: their name, their team profile if linked, and the day (clinic time).</summary>
public sealed record Approval(string ReviewerName, int? PractitionerId, DateOnly On);

/// <summary>The editable fields of a content item, as stored in a revision, and how they map to the entity.</summary>
public interface IContentSnapshot<TSelf, in TEntity>
    where TSelf : IContentSnapshot<TSelf, TEntity>
{
    string Title { get; }
    string Slug { get; }
    bool IsPublished { get; }
    DateTimeOffset? PublishedAt { get; }

    /// <summary>The stored content of <paramref name="entity"/>, with its publish state.</summary>
    static abstract TSelf Of(TEntity entity);

    /// <summary>Copies the editable fields onto the entity (child rows by difference); the editor handles the publish state.</summary>
    void ApplyTo(TEntity entity);

    /// <summary>Plain text for the revision diff.</summary>
    string ToReadableText();

    TSelf WithPublishState(bool isPublished, DateTimeOffset? publishedAt);
}
