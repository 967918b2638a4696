using System.ComponentModel.DataAnnotations;
using System.Text;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using PurePhysio.Web.Data;
using PurePhysio.Web.Domain;
using PurePhysio.Web.Features.Admin.Content;

namespace PurePhysio.Web.Features.Admin.Pages;

public sealed record PageAdminListItem(int Id, string Title, string Slug, ContentStatus Status, DateTimeOffset? PublishedAt,
    DateTimeOffset UpdatedAt, string? UpdatedBy, bool ShowInFooter);

/// <summary>The editable fields of a page, as stored in a revision.</summary>
public sealed record PageSnapshot(string Title, string Slug, string Summary, string Body, bool ShowInFooter, int FooterOrder)
    : IContentSnapshot<PageSnapshot>
{
    public bool IsPublished { get; init; }
    public DateTimeOffset? PublishedAt { get; init; }

    /// <summary>The page's picture in the media library; null for none.</summary>
    public int? ImageId { get; init; }

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

public sealed class EditPageViewModel : EditContentViewModel
{
    [Required(ErrorMessage = "Enter a title.")]
    [StringLength(StaticPage.TitleMaxLength, ErrorMessage = "Keep the title under {1} characters.")]
    public string Title { get; set; } = "";

    [Display(Name = "Web address (slug)")]
    public string Slug { get; set; } = "";

    /// <summary>The slug when the form was opened (the home page's slug cannot change).</summary>
    public string? OriginalSlug { get; set; }

    [Required(ErrorMessage = "Enter a summary: it is used by search engines and the site search.")]
    [StringLength(StaticPage.SummaryMaxLength, ErrorMessage = "Keep the summary under {1} characters.")]
    public string Summary { get; set; } = "";

    [Display(Name = "Text (Markdown)")]
    public string? Body { get; set; }

    [Display(Name = "Link to it in the footer")]
    public bool ShowInFooter { get; set; }

    [Display(Name = "Picture")]
    public int? ImageId { get; set; }

    [Range(0, 999, ErrorMessage = "Enter a footer position from 0 to 999.")]
    [Display(Name = "Footer position (lower comes first)")]
    public int FooterOrder { get; set; }

    public static EditPageViewModel From(PageSnapshot s, int? id, int version, TimeZoneInfo zone, DateTimeOffset now) => new()
    {
        Id = id,
        Version = version,
        Title = s.Title,
        Slug = s.Slug,
        OriginalSlug = s.Slug,
        Summary = s.Summary,
        Body = s.Body,
        ShowInFooter = s.ShowInFooter,
        ImageId = s.ImageId,
        FooterOrder = s.FooterOrder,
        Publish = s.IsPublished ? PublishChoice.Publish : PublishChoice.Draft,
        PublishAt = PublishSchedule.ToLocal(s.PublishedAt, zone),
        Status = id is null ? null : PublishSchedule.StatusOf(s.IsPublished, s.PublishedAt, now),
        TimeZoneId = zone.Id,
    };

    public PageSnapshot ToSnapshot(ModelStateDictionary errors, string? storedSlug)
    {
        var slug = (Slug ?? "").Trim();
        if (storedSlug == SeedData.HomePageSlug && slug != SeedData.HomePageSlug)
        {
            errors.AddModelError(nameof(Slug), "The home page's web address cannot change: it is shown at the site's front page.");
        }
        else if (SlugRules.Problem(slug, StaticPage.SlugMaxLength) is { } problem)
        {
            errors.AddModelError(nameof(Slug), problem);
        }
        else if (storedSlug != SeedData.HomePageSlug && SlugRules.ReservedForPages.Contains(slug))
        {
            errors.AddModelError(nameof(Slug), $"/{slug} is used by the site itself. Choose a different web address.");
        }

        return new PageSnapshot((Title ?? "").Trim(), slug, (Summary ?? "").Trim(), Body ?? "", ShowInFooter, FooterOrder) { ImageId = ImageId };
    }
}
