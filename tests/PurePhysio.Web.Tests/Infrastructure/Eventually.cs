using System.Diagnostics;

namespace PurePhysio.Web.Tests.Infrastructure;

/// <summary>Waits for background work (e.g. mail delivery) by polling, bounded in time; never a fixed sleep.</summary>
public static class Eventually
{
    public static async Task<T> MatchesAsync<T>(Func<Task<T>> probe, Func<T, bool> done, string what, TimeSpan? timeout = null)
    {
        var limit = timeout ?? TimeSpan.FromSeconds(30);
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var value = await probe();
            if (done(value))
            {
                return value;
            }

            if (clock.Elapsed > limit)
            {
                Assert.Fail($"Timed out after {limit.TotalSeconds}s waiting for {what}. Last value: {value}");
            }

            await Task.Delay(50);
        }
    }

    public static Task<T> MatchesAsync<T>(Func<T> probe, Func<T, bool> done, string what, TimeSpan? timeout = null) =>
        MatchesAsync(() => Task.FromResult(probe()), done, what, timeout);
}
