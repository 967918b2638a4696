namespace PurePhysio.Web.Domain;

/// <summary>A condition article, such as Cervical Myelopathy, authored in Markdown by staff.</summary>
public class Condition : IVersionedContent
{
    public const int TitleMaxLength = 120;
    public const int SlugMaxLength = 120;
    public const int SummaryMaxLength = 300;
    public const int UrgencyNoticeMaxLength = 600;
    public const int AlternativeNamesMaxLength = 1000;

    public int Id { get; set; }
    public required string Title { get; set; }
    public required string Slug { get; set; }

    /// <summary>Plain text used as the meta description and on the conditions index.</summary>
    public required string Summary { get; set; }

    /// <summary>Markdown shown before the symptom list.</summary>
    public string Introduction { get; set; } = "";

    /// <summary>Markdown shown after the symptom list (causes, assessment, treatment ...).</summary>
    public string Body { get; set; } = "";

    /// <summary>Advice that must stand out, e.g. to seek medical advice urgently. Plain text; empty for none.</summary>
    public string UrgencyNotice { get; set; } = "";

    /// <summary>
    /// Other names patients and clinicians use (clinical, everyday, abbreviations), one per line: shown as
    /// "Also known as", searched like the title, and given to search engines as <c>alternateName</c>.
    /// </summary>
    public string AlternativeNames { get; set; } = "";

    public bool IsPublished { get; set; }

    /// <summary>When the article became (or becomes) visible to patients; a future value schedules it.</summary>
    public DateTimeOffset? PublishedAt { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public DateOnly? LastReviewedOn { get; set; }

    /// <summary>The staff member whose approval is the last clinical review (shown when no team profile is linked to them).</summary>
    public string ReviewedByName { get; set; } = "";

    /// <summary>Months between clinical reviews; null for the default (<see cref="DefaultReviewIntervalMonths"/>).</summary>
    public int? ReviewIntervalMonths { get; set; }

    public const int DefaultReviewIntervalMonths = 12;
    public const int ReviewedByNameMaxLength = 120;

    /// <summary>When the article is next due for clinical review: its last review plus the interval (null: never reviewed).</summary>
    public static DateOnly? NextReviewOn(DateOnly? lastReviewedOn, int? intervalMonths) =>
        lastReviewedOn?.AddMonths(intervalMonths ?? DefaultReviewIntervalMonths);

    /// <summary>The practitioner who clinically reviewed the article ("Reviewed by ... on <see cref="LastReviewedOn"/>").</summary>
    public int? ReviewedByPractitionerId { get; set; }
    public Practitioner? ReviewedBy { get; set; }

    /// <summary>Optimistic concurrency token: bumped on every save, so a second editor's stale save is refused.</summary>
    public int Version { get; set; }

    /// <summary>The article's picture from the media library (page, conditions index, home, sharing); null for none.</summary>
    public int? ImageId { get; set; }
    public MediaImage? Image { get; set; }

    public List<Symptom> Symptoms { get; set; } = [];

    /// <summary>The alternative names as a list: one per line, trimmed, blanks and repeats dropped.</summary>
    public static IReadOnlyList<string> SplitAlternativeNames(string? names) =>
        (names ?? "").Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Distinct(StringComparer.OrdinalIgnoreCase).ToList();
    public List<ConditionResource> Resources { get; set; } = [];

    /// <summary>Treatments that help with this condition (the other side of <see cref="Treatment.Conditions"/>).</summary>
    public List<Treatment> Treatments { get; set; } = [];

    /// <summary>Practitioners who treat it (the other side of <see cref="Practitioner.Conditions"/>).</summary>
    public List<Practitioner> Practitioners { get; set; } = [];
}
