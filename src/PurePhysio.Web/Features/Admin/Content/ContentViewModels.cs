using System.ComponentModel.DataAnnotations;

namespace PurePhysio.Web.Features.Admin.Content;

/// <summary>The publishing part of an edit form, shared by conditions and pages.</summary>
internal interface IPublishFields
{
    PublishChoice Publish { get; }

    // The shared partial's model is this interface, so its label reads the display name from here.
    [Display(Name = "Publish from (clinic time, optional)")]
    DateTime? PublishAt { get; }
    ContentStatus? Status { get; }
    string TimeZoneId { get; }

    /// <summary>Patients can see it (or it is scheduled): saving keeps a draft beside that version.</summary>
    bool HasLiveVersion { get; }
    DraftViewModel? Draft { get; }
}

/// <summary>The draft beside an item's live version: who saved it and when, whether it is scheduled, and how it differs from the live version.</summary>
public sealed record DraftViewModel(int Version, string AuthorEmail, DateTimeOffset UpdatedAt, DateTimeOffset? PublishAt, string Summary, IReadOnlyList<DiffLine> Changes)
{
    public Domain.ReviewStatus ReviewStatus { get; init; }
    public string ReviewedByEmail { get; init; } = "";
    public DateTimeOffset? ReviewedAt { get; init; }
    public string ReviewComment { get; init; } = "";

    /// <summary>It has content of its own (beside a live version), rather than only a review state.</summary>
    public bool HasContent => Changes.Count > 0;
}

/// <summary>The history page of one item; <paramref name="Controller"/> is the admin controller that edits it (for links).</summary>
public sealed record HistoryViewModel(string Title, string Controller, int Id, int CurrentVersion, IReadOnlyList<RevisionListItem> Revisions);

public sealed record DiffViewModel(string Title, string Controller, int Id, RevisionListItem From, RevisionListItem To, IReadOnlyList<DiffLine> Lines);

/// <summary>
/// "Are you sure?" before deleting item <paramref name="Id"/>: the form posts to the controller's
/// <paramref name="DeleteAction"/>, "No" goes back to <paramref name="CancelAction"/> (its List, or the item's own page).
/// </summary>
public sealed record DeleteViewModel(string Heading, string Explanation, string Controller, int Id, string CancelAction = "List", string DeleteAction = "Delete");

/// <summary>Shown above the form when someone else saved since the editor opened it (HTTP 409).</summary>
public sealed record ConflictViewModel(string SavedBy, DateTimeOffset SavedAt, IReadOnlyList<DiffLine> Lines);

internal static class ContentFormText
{
    public const string ChangeSummaryHint = "Optional, e.g. \"Updated treatment section\". Shown in the history.";

    public static string[] Lines(string? text) =>
        (text ?? "").Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
}

public abstract class EditContentViewModel : IPublishFields
{
    public int? Id { get; set; }

    /// <summary>The version the editor opened; a save is refused when the stored version has moved on.</summary>
    public int Version { get; set; }

    /// <summary>The draft's version the editor opened (0: there was none); a save is refused when someone else changed the draft.</summary>
    public int DraftVersion { get; set; }

    [Display(Name = "Publishing")]
    public PublishChoice Publish { get; set; }

    [Display(Name = "Publish from (clinic time, optional)")]
    public DateTime? PublishAt { get; set; }

    [StringLength(200, ErrorMessage = "Keep the change summary under 200 characters.")]
    [Display(Name = "Summary of your change")]
    public string? ChangeSummary { get; set; }

    public ContentStatus? Status { get; set; }
    public string TimeZoneId { get; set; } = "";
    public ConflictViewModel? Conflict { get; set; }
    public bool HasLiveVersion { get; set; }
    public DraftViewModel? Draft { get; set; }

    /// <summary>Publishing it needs a clinician's approval (the clinic's setting, conditions only).</summary>
    public bool NeedsApproval { get; set; }

    /// <summary>The library image shown at the top of the page, on its card and when it is shared.</summary>
    [Display(Name = "Picture")]
    public int? ImageId { get; set; }

    /// <summary>The images the picture field offers (<see cref="PictureChoices"/>).</summary>
    public IReadOnlyList<PickableImage> PictureChoices { get; set; } = [];
}
