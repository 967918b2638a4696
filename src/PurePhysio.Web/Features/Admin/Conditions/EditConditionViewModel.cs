using System.ComponentModel.DataAnnotations;
using System.Text;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using PurePhysio.Web.Domain;
using PurePhysio.Web.Features.Admin.Content;

namespace PurePhysio.Web.Features.Admin.Conditions;

public sealed record ConditionAdminListItem(int Id, string Title, string Slug, ContentStatus Status, DateTimeOffset? PublishedAt,
    DateTimeOffset UpdatedAt, string? UpdatedBy);

public sealed record ResourceSnapshot(string Title, string Url, string Publisher);

/// <summary>The editable fields of a condition, as stored in a revision.</summary>
public sealed record ConditionSnapshot(
    string Title,
    string Slug,
    string Summary,
    string Introduction,
    IReadOnlyList<string> Symptoms,
    string Body,
    string UrgencyNotice,
    IReadOnlyList<ResourceSnapshot> Resources,
    DateOnly? LastReviewedOn) : IContentSnapshot<ConditionSnapshot>
{
    public bool IsPublished { get; init; }
    public DateTimeOffset? PublishedAt { get; init; }

    /// <summary>Other names, one per line (absent from revisions saved before the field existed).</summary>
    public string AlternativeNames { get; init; } = "";

    /// <summary>The clinical reviewer (a team member's id); older revisions without it read as none.</summary>
    public int? ReviewedByPractitionerId { get; init; }
    /// <summary>The article's picture in the media library; null for none.</summary>
    public int? ImageId { get; init; }

    public ConditionSnapshot WithPublishState(bool isPublished, DateTimeOffset? publishedAt) =>
        this with { IsPublished = isPublished, PublishedAt = publishedAt };

    /// <summary>Plain text for the revision diff: one field after another, labelled as on the form.</summary>
    public string ToReadableText()
    {
        var text = new StringBuilder();
        text.AppendLine($"Title: {Title}");
        text.AppendLine($"Web address: /conditions/{Slug}");
        text.AppendLine($"Published: {(IsPublished ? "yes" : "no (draft)")}{(PublishedAt is { } at ? $", from {at:yyyy-MM-dd HH:mm} UTC" : "")}");
        text.AppendLine($"Last reviewed: {LastReviewedOn?.ToString("yyyy-MM-dd") ?? "-"}");
        text.AppendLine($"Also known as: {AlternativeNames.Replace('\n', ';')}");
        text.AppendLine($"Reviewed by (team member number): {ReviewedByPractitionerId?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-"}");
        text.AppendLine($"Summary: {Summary}");
        text.AppendLine($"Picture: {(ImageId is { } image ? $"media:{image}" : "-")}");
        text.AppendLine($"Urgency notice: {UrgencyNotice}");
        text.AppendLine("Introduction:");
        text.AppendLine(Introduction);
        text.AppendLine("Symptoms:");
        foreach (var s in Symptoms)
        {
            text.AppendLine($"- {s}");
        }

        text.AppendLine("Body:");
        text.AppendLine(Body);
        text.AppendLine("Resources:");
        foreach (var r in Resources)
        {
            text.AppendLine($"- {r.Title} | {r.Url} | {r.Publisher}");
        }

        return text.ToString().Replace("\r\n", "\n", StringComparison.Ordinal);
    }
}

public sealed class EditConditionViewModel : EditContentViewModel
{
    [Required(ErrorMessage = "Enter a title.")]
    [StringLength(Condition.TitleMaxLength, ErrorMessage = "Keep the title under {1} characters.")]
    public string Title { get; set; } = "";

    [Display(Name = "Web address (slug)")]
    public string Slug { get; set; } = "";

    [Required(ErrorMessage = "Enter a summary: it is shown on the conditions list and in search results.")]
    [StringLength(Condition.SummaryMaxLength, ErrorMessage = "Keep the summary under {1} characters.")]
    public string Summary { get; set; } = "";

    [Display(Name = "Introduction (Markdown)")]
    public string? Introduction { get; set; }

    [Display(Name = "Symptoms (one per line)")]
    public string? Symptoms { get; set; }

    [Display(Name = "Main text (Markdown)")]
    public string? Body { get; set; }

    [StringLength(Condition.AlternativeNamesMaxLength, ErrorMessage = "Keep the other names under {1} characters in all.")]
    [Display(Name = "Also known as (optional, one name per line)")]
    public string? AlternativeNames { get; set; }

    [StringLength(Condition.UrgencyNoticeMaxLength, ErrorMessage = "Keep the urgency notice under {1} characters.")]
    [Display(Name = "Urgency notice (optional)")]
    public string? UrgencyNotice { get; set; }

    [Display(Name = "Further reading (one per line: title | https://address | publisher)")]
    public string? Resources { get; set; }

    [Display(Name = "Last reviewed on")]
    public DateOnly? LastReviewedOn { get; set; }

    [Display(Name = "Clinically reviewed by")]
    public int? ReviewedByPractitionerId { get; set; }
    [Display(Name = "Picture")]
    public int? ImageId { get; set; }

    public static EditConditionViewModel From(ConditionSnapshot s, int? id, int version, TimeZoneInfo zone, DateTimeOffset now) => new()
    {
        Id = id,
        Version = version,
        Title = s.Title,
        Slug = s.Slug,
        Summary = s.Summary,
        Introduction = s.Introduction,
        Symptoms = string.Join('\n', s.Symptoms),
        Body = s.Body,
        UrgencyNotice = s.UrgencyNotice,
        AlternativeNames = s.AlternativeNames,
        Resources = string.Join('\n', s.Resources.Select(r => string.IsNullOrEmpty(r.Publisher) ? $"{r.Title} | {r.Url}" : $"{r.Title} | {r.Url} | {r.Publisher}")),
        LastReviewedOn = s.LastReviewedOn,
        ReviewedByPractitionerId = s.ReviewedByPractitionerId,
        ImageId = s.ImageId,
        Publish = s.IsPublished ? PublishChoice.Publish : PublishChoice.Draft,
        PublishAt = PublishSchedule.ToLocal(s.PublishedAt, zone),
        Status = id is null ? null : PublishSchedule.StatusOf(s.IsPublished, s.PublishedAt, now),
        TimeZoneId = zone.Id,
    };

    /// <summary>The content the form describes; problems go into <paramref name="errors"/> against their fields.</summary>
    public ConditionSnapshot ToSnapshot(ModelStateDictionary errors)
    {
        var slug = (Slug ?? "").Trim();
        if (SlugRules.Problem(slug, Condition.SlugMaxLength) is { } slugProblem)
        {
            errors.AddModelError(nameof(Slug), slugProblem);
        }

        var symptoms = ContentFormText.Lines(Symptoms);
        if (symptoms.Any(s => s.Length > Symptom.TextMaxLength))
        {
            errors.AddModelError(nameof(Symptoms), $"Each symptom must be {Symptom.TextMaxLength} characters or fewer.");
        }

        var resources = new List<ResourceSnapshot>();
        var lines = ContentFormText.Lines(Resources);
        for (var i = 0; i < lines.Length; i++)
        {
            var parts = lines[i].Split('|', StringSplitOptions.TrimEntries);
            if (parts.Length is < 2 or > 3 || parts[0].Length == 0)
            {
                errors.AddModelError(nameof(Resources), $"Further reading line {i + 1}: write title | https://address | publisher.");
                continue;
            }

            // Only absolute http(s) links: the public page puts this address in an href.
            if (!Uri.TryCreate(parts[1], UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp)
                || parts[1].Length > ConditionResource.UrlMaxLength || parts[0].Length > ConditionResource.TitleMaxLength)
            {
                errors.AddModelError(nameof(Resources), $"Further reading line {i + 1}: the address must start with https:// (or http://).");
                continue;
            }

            resources.Add(new ResourceSnapshot(parts[0], url.AbsoluteUri, parts.Length == 3 ? parts[2] : ""));
        }

        return new ConditionSnapshot((Title ?? "").Trim(), slug, (Summary ?? "").Trim(), Introduction ?? "", symptoms, Body ?? "", (UrgencyNotice ?? "").Trim(),
            resources, LastReviewedOn)
        {
            AlternativeNames = string.Join('\n', Condition.SplitAlternativeNames((AlternativeNames ?? "").Replace("\r", "", StringComparison.Ordinal))),
            ReviewedByPractitionerId = ReviewedByPractitionerId,
            ImageId = ImageId,
        };
    }
}
