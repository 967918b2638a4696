namespace PurePhysio.Web.Features.Admin.Content;

public enum SaveStatus
{
    Saved,
    NotFound,
    Conflict,
    SlugTaken,

    /// <summary>It needs a clinician's approval before patients see it, and this content has none.</summary>
    NeedsApproval,
}

/// <summary>Where a save went: onto the item itself (live, or an item that patients cannot see yet) or into its draft.</summary>
public enum SavedAs
{
    Item,
    Draft,
    ScheduledDraft,
}

/// <summary>What happened to a save. On a conflict, who saved the version that is now stored and when.</summary>
public sealed record SaveOutcome(SaveStatus Status, int Id = 0, int Version = 0, string? ConflictSavedBy = null, DateTimeOffset? ConflictSavedAt = null)
{
    public SavedAs SavedAs { get; init; }

    /// <summary>The draft's version after the save (or, on a conflict, the stored one); 0 when there is no draft.</summary>
    public int DraftVersion { get; init; }
}

public enum EditStatus
{
    Saved,

    /// <summary>The form has problems (in the model state); show it again with 400.</summary>
    Invalid,

    /// <summary>Someone saved in between; show the form with their changes, 409.</summary>
    Conflict,
    NotFound,

    /// <summary>Publishing needs an approval this content does not have: show the form with the reason, 403.</summary>
    NeedsApproval,
}

/// <summary>What an action on an item (publish, discard, review) came to: the message for staff, and whether it was refused (403).</summary>
public sealed record ContentActionResult(string Message, bool Refused = false);

/// <summary>What a form's save came to, for the controller to pick a result: the form to show again, or where to go.</summary>
public sealed record EditResult<TForm>(EditStatus Status, TForm Form, int Id = 0, string? Message = null);
