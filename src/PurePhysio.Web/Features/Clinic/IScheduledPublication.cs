namespace PurePhysio.Web.Features.Clinic;

/// <summary>
/// Publishes content changes scheduled for a time that has come (drafts beside live pages). The staff area
/// provides it; the read model calls it when the profile it holds says a change is due, so the change shows
/// from its time even when pages are cached.
/// </summary>
internal interface IScheduledPublication
{
    /// <summary>Publishes what is due; returns how many items this call published (exactly once per item across instances).</summary>
    Task<int> PublishDueAsync(CancellationToken cancellationToken);
}
