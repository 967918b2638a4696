using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PurePhysio.Web.Data;
using PurePhysio.Web.Infrastructure;

namespace PurePhysio.Web.Features.Media;

/// <summary>
/// Renditions made on first request from the original in the database and kept in this instance's cache
/// folder. Concurrent requests for the same rendition share one generation; files appear atomically
/// (written aside, then moved), so a half-written file is never served. Each instance fills its own
/// cache, so every instance serves every image (ADR 0012).
/// </summary>
public sealed class RenditionStore
{
    private readonly ConcurrentDictionary<string, Task<string?>> _inFlight = new(StringComparer.Ordinal);
    private readonly IServiceScopeFactory _scopes;
    private readonly ImageWork _work;
    private readonly ILogger<RenditionStore> _logger;

    public RenditionStore(IServiceScopeFactory scopes, ImageWork work, IOptions<MediaOptions> options, IConfiguration configuration,
        IHostEnvironment environment, ILogger<RenditionStore> logger)
    {
        _scopes = scopes;
        _work = work;
        _logger = logger;
        CacheFolder = Path.GetFullPath(Path.Combine(StorageOptions.ResolveDataPath(configuration, environment), options.Value.CachePath));
    }

    public string CacheFolder { get; }

    /// <summary>How many renditions this instance has generated (tests check one generation per rendition).</summary>
    public int Generated => _generated;

    private int _generated;

    /// <summary>The rendition's file, made now if needed; null when no image has that hash.</summary>
    public async Task<string?> GetAsync(string contentHash, int width, string extension, CancellationToken cancellationToken)
    {
        var path = PathOf(contentHash, width, extension);
        if (File.Exists(path))
        {
            return path;
        }

        var task = _inFlight.GetOrAdd(path, _ => GenerateAsync(contentHash, width, extension, path));
        try
        {
            // One requester giving up does not cancel the generation the others wait for.
            return await task.WaitAsync(cancellationToken);
        }
        finally
        {
            if (task.IsCompleted)
            {
                _inFlight.TryRemove(new KeyValuePair<string, Task<string?>>(path, task));
            }
        }
    }

    public string PathOf(string contentHash, int width, string extension) =>
        Path.Combine(CacheFolder, contentHash[..2], $"{contentHash}-{width}.{extension}");

    private async Task<string?> GenerateAsync(string contentHash, int width, string extension, string path)
    {
        await Task.Yield();
        byte[]? original;
        await using (var scope = _scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ClinicDbContext>();
            original = await db.MediaImages.AsNoTracking()
                .Where(m => m.ContentHash == contentHash)
                .Select(m => m.File!.Bytes)
                .FirstOrDefaultAsync();
        }

        if (original is null)
        {
            return null;
        }

        var bytes = await _work.RunAsync(() => ImageCodec.Render(original, width, extension), CancellationToken.None);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
        await File.WriteAllBytesAsync(temporary, bytes);
        File.Move(temporary, path, overwrite: true);
        Interlocked.Increment(ref _generated);
        _logger.LogInformation("Made rendition {Width}.{Extension} of image {Hash} ({Bytes} bytes)", width, extension, contentHash[..12], bytes.Length);
        return path;
    }
}
