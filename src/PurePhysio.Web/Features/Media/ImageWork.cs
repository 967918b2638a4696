using Microsoft.Extensions.Options;

namespace PurePhysio.Web.Features.Media;

/// <summary>
/// The one gate every decode and encode in this instance passes (uploads and renditions alike): at most
/// <see cref="MediaOptions.MaxConcurrentEncodes"/> run at once, on the thread pool, so image work waits
/// for its turn instead of taking the CPU and memory that page requests need.
/// </summary>
public sealed class ImageWork(IOptions<MediaOptions> options) : IDisposable
{
    private readonly SemaphoreSlim _gate = new(options.Value.MaxConcurrentEncodes, options.Value.MaxConcurrentEncodes);

    public async Task<T> RunAsync<T>(Func<T> work, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            return await Task.Run(work, CancellationToken.None);
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();
}
