using System.Text;
using Microsoft.EntityFrameworkCore;
using PurePhysio.Web.Domain;
using PurePhysio.Web.Features.Admin.Content;
using PurePhysio.Web.Features.Shared;

namespace PurePhysio.Web.Features.Admin.Conditions;

/// <summary>Condition articles as the shared content editor sees them.</summary>
internal static class ConditionContent
{
    public static readonly ContentKind<Condition> Kind = new()
    {
        ContentType = ContentTypes.Condition,
        AuditName = "Condition",
        Noun = "condition",
        PublicNoun = "article",
        AdminController = "Conditions",
        PublicPath = PublicPaths.Condition,
        SearchKind = SearchDocumentKind.Condition,
        NewEntity = () => new Condition { Title = "", Slug = "", Summary = "" },
        WithDetails = query => query.AsSingleQuery().Include(c => c.Symptoms).Include(c => c.Resources),
        MayNeedApproval = true,
        RecordApproval = (condition, approval) =>
        {
            condition.LastReviewedOn = approval.On;
            condition.ReviewedByPractitionerId = approval.PractitionerId;
            condition.ReviewedByName = approval.ReviewerName;
        },
    };
}

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
    DateOnly? LastReviewedOn) : IContentSnapshot<ConditionSnapshot, Condition>
{
    public bool IsPublished { get; init; }
    public DateTimeOffset? PublishedAt { get; init; }

    /// <summary>Other names, one per line (absent from revisions saved before the field existed).</summary>
    public string AlternativeNames { get; init; } = "";

    /// <summary>The clinical reviewer (a team member's id); older revisions without it read as none.</summary>
    public int? ReviewedByPractitionerId { get; init; }

    /// <summary>The article's picture in the media library; null for none.</summary>
    public int? ImageId { get; init; }

    /// <summary>Months between clinical reviews; null (and older revisions) for the default of 12.</summary>
    public int? ReviewIntervalMonths { get; init; }

    public static ConditionSnapshot Of(Condition entity) => new(
        entity.Title, entity.Slug, entity.Summary, entity.Introduction,
        entity.Symptoms.OrderBy(s => s.SortOrder).Select(s => s.Text).ToList(),
        entity.Body, entity.UrgencyNotice,
        entity.Resources.OrderBy(r => r.SortOrder).Select(r => new ResourceSnapshot(r.Title, r.Url, r.Publisher)).ToList(),
        entity.LastReviewedOn)
    {
        IsPublished = entity.IsPublished,
        PublishedAt = entity.PublishedAt,
        AlternativeNames = entity.AlternativeNames,
        ReviewedByPractitionerId = entity.ReviewedByPractitionerId,
        ImageId = entity.ImageId,
        ReviewIntervalMonths = entity.ReviewIntervalMonths,
    };

    /// <summary>
    /// Copies the fields onto the article. Symptoms and resources change by difference: the rows already
    /// there are reused in order (EF Core writes only the values that differ), extra rows are added,
    /// surplus rows removed; an unchanged list costs no SQL at all.
    /// </summary>
    public void ApplyTo(Condition entity)
    {
        entity.Title = Title;
        entity.Slug = Slug;
        entity.Summary = Summary;
        entity.Introduction = Introduction;
        entity.Body = Body;
        entity.UrgencyNotice = UrgencyNotice;
        entity.AlternativeNames = AlternativeNames;
        entity.LastReviewedOn = LastReviewedOn;
        entity.ReviewedByPractitionerId = ReviewedByPractitionerId;
        entity.ImageId = ImageId;
        entity.ReviewIntervalMonths = ReviewIntervalMonths;
        Reconcile(entity.Symptoms, Symptoms, s => s.SortOrder, (text, order) => new Symptom { Text = text, SortOrder = order }, (row, text) => row.Text = text);
        Reconcile(entity.Resources, Resources, r => r.SortOrder,
            (r, order) => new ConditionResource { Title = r.Title, Url = r.Url, Publisher = r.Publisher, SortOrder = order }, (row, r) =>
            {
                row.Title = r.Title;
                row.Url = r.Url;
                row.Publisher = r.Publisher;
            });
    }

    /// <summary>
    /// The rows already there are reused in their order (they keep their sort keys, which already put them
    /// in that order: seeded rows need not be renumbered), extra values get keys after the last row, and
    /// surplus rows go.
    /// </summary>
    private static void Reconcile<TRow, TValue>(List<TRow> rows, IReadOnlyList<TValue> wanted, Func<TRow, int> order,
        Func<TValue, int, TRow> create, Action<TRow, TValue> update)
    {
        var existing = rows.OrderBy(order).ToList();
        // Only used when there are more values than rows, so every existing row is kept before the new ones.
        var next = existing.Count == 0 ? 0 : order(existing[^1]) + 1;
        for (var i = 0; i < wanted.Count; i++)
        {
            if (i < existing.Count)
            {
                update(existing[i], wanted[i]);
            }
            else
            {
                rows.Add(create(wanted[i], next++));
            }
        }

        foreach (var surplus in existing.Skip(wanted.Count))
        {
            rows.Remove(surplus);
        }
    }

    public ConditionSnapshot WithPublishState(bool isPublished, DateTimeOffset? publishedAt) =>
        this with { IsPublished = isPublished, PublishedAt = publishedAt };

    /// <summary>Plain text for the revision diff: one field after another, labelled as on the form.</summary>
    public string ToReadableText()
    {
        var text = new StringBuilder();
        text.AppendLine($"Title: {Title}");
        text.AppendLine($"Web address: {PublicPaths.Condition(Slug)}");
        text.AppendLine($"Published: {(IsPublished ? "yes" : "no (draft)")}{(PublishedAt is { } at ? $", from {at:yyyy-MM-dd HH:mm} UTC" : "")}");
        text.AppendLine($"Last reviewed: {LastReviewedOn?.ToString("yyyy-MM-dd") ?? "-"}");
        text.AppendLine($"Also known as: {AlternativeNames.Replace('\n', ';')}");
        text.AppendLine($"Reviewed by (team member number): {ReviewedByPractitionerId?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-"}");
        text.AppendLine($"Clinical review every: {ReviewIntervalMonths ?? Condition.DefaultReviewIntervalMonths} months");
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
