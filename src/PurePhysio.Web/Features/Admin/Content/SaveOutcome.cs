namespace PurePhysio.Web.Features.Admin.Content;

public enum SaveStatus
{
    Saved,
    NotFound,
    Conflict,
    SlugTaken,
}

/// <summary>What happened to a save. On a conflict, who saved the version that is now stored and when.</summary>
public sealed record SaveOutcome(SaveStatus Status, int Id = 0, int Version = 0, string? ConflictSavedBy = null, DateTimeOffset? ConflictSavedAt = null);
