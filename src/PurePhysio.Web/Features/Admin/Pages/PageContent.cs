using System.Text;
using PurePhysio.Web.Domain;
using PurePhysio.Web.Features.Admin.Content;
using PurePhysio.Web.Features.Shared;

namespace PurePhysio.Web.Features.Admin.Pages;

/// <summary>Static pages as the shared content editor sees them.</summary>
internal static class PageContent
{
    public static readonly ContentKind<StaticPage> Kind = new()
    {
        ContentType = ContentTypes.Page,
        AuditName = "Page",
        Noun = "page",
        PublicNoun = "page",
        AdminController = "Pages",
        PublicPath = PublicPaths.Page,
        SearchKind = SearchDocumentKind.Page,
        NewEntity = () => new StaticPage { Title = "", Slug = "", Summary = "" },
    };
}

/// <summary>The editable fields of a page, as stored in a revision.</summary>
public sealed record PageSnapshot(string Title, string Slug, string Summary, string Body, bool ShowInFooter, int FooterOrder)
    : IContentSnapshot<PageSnapshot, StaticPage>
{
    public bool IsPublished { get; init; }
    public DateTimeOffset? PublishedAt { get; init; }

    /// <summary>The page's picture in the media library; null for none.</summary>
    public int? ImageId { get; init; }

    public static PageSnapshot Of(StaticPage entity) =>
        new(entity.Title, entity.Slug, entity.Summary, entity.Body, entity.ShowInFooter, entity.FooterOrder)
        {
            IsPublished = entity.IsPublished,
            PublishedAt = entity.PublishedAt,
            ImageId = entity.ImageId,
        };

    public void ApplyTo(StaticPage entity)
    {
        entity.Title = Title;
        entity.Slug = Slug;
        entity.Summary = Summary;
        entity.Body = Body;
        entity.ShowInFooter = ShowInFooter;
        entity.FooterOrder = FooterOrder;
        entity.ImageId = ImageId;
    }

    public PageSnapshot WithPublishState(bool isPublished, DateTimeOffset? publishedAt) =>
        this with { IsPublished = isPublished, PublishedAt = publishedAt };

    public string ToReadableText()
    {
        var text = new StringBuilder();
        text.AppendLine($"Title: {Title}");
        text.AppendLine($"Web address: /{Slug}");
        text.AppendLine($"Published: {(IsPublished ? "yes" : "no (draft)")}{(PublishedAt is { } at ? $", from {at:yyyy-MM-dd HH:mm} UTC" : "")}");
        text.AppendLine($"In footer: {(ShowInFooter ? $"yes, position {FooterOrder}" : "no")}");
        text.AppendLine($"Summary: {Summary}");
        text.AppendLine($"Picture: {(ImageId is { } image ? $"media:{image}" : "-")}");
        text.AppendLine("Text:");
        text.AppendLine(Body);
        return text.ToString().Replace("\r\n", "\n", StringComparison.Ordinal);
    }
}
