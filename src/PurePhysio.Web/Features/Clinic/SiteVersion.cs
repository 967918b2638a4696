namespace PurePhysio.Web.Features.Clinic;

/// <summary>
/// A number that moves on whenever staff change what the public site shows. Caches keep what they
/// read under one stamp and read again when it has moved.
/// </summary>
public interface ISiteVersion
{
    ValueTask<long> CurrentAsync(CancellationToken cancellationToken);

    /// <summary>Moves the stamp on; returns once every later <see cref="CurrentAsync"/> (on any instance sharing it) sees the new value.</summary>
    Task AdvanceAsync(CancellationToken cancellationToken);
}

/// <summary>The stamp of a single instance: a counter in memory.</summary>
internal sealed class LocalSiteVersion : ISiteVersion
{
    private long _value;

    public ValueTask<long> CurrentAsync(CancellationToken cancellationToken) => ValueTask.FromResult(Interlocked.Read(ref _value));

    public Task AdvanceAsync(CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _value);
        return Task.CompletedTask;
    }
}
