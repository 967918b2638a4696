using StackExchange.Redis;

namespace PurePhysio.Web.Features.Clinic;

/// <summary>
/// The site version shared by every instance through one Redis key: a save on any instance moves it
/// on (INCR), and every instance compares it (GET) before trusting what it has in memory. See ADR 0010.
/// </summary>
internal sealed class RedisSiteVersion(IConnectionMultiplexer redis, ILogger<RedisSiteVersion> logger) : ISiteVersion
{
    public static readonly RedisKey Key = "purephysio:site-version";

    private long _failures;

    public async ValueTask<long> CurrentAsync(CancellationToken cancellationToken)
    {
        try
        {
            var value = await redis.GetDatabase().StringGetAsync(Key);
            return value.HasValue ? (long)value : 0;
        }
        catch (RedisException ex)
        {
            // Without Redis no one can say whether another instance saved something: a stamp that
            // matches nothing makes every read go to the database, which is always right.
            var failures = Interlocked.Increment(ref _failures);
            if (failures % 1000 == 1)
            {
                logger.LogWarning(ex, "Redis unreachable: the clinic profile is read from the database for every page");
            }

            return long.MinValue + failures;
        }
    }

    public async Task AdvanceAsync(CancellationToken cancellationToken) =>
        await redis.GetDatabase().StringIncrementAsync(Key);
}
