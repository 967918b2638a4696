namespace PurePhysio.Web.Infrastructure;

/// <summary>
/// Background work that runs in its own scope at every tick of an interval (not at start-up: instances
/// starting together are busy with migrations and the seed). A failure is logged and tried again at the next tick.
/// </summary>
internal abstract class PeriodicWork(IServiceScopeFactory scopes, TimeProvider time, ILogger logger, TimeSpan interval, string work) : BackgroundService
{
    protected TimeProvider Time => time;

    protected ILogger Logger => logger;

    /// <summary>One run, with the services of a fresh scope.</summary>
    protected abstract Task RunAsync(IServiceProvider services, CancellationToken cancellationToken);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(interval, time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    await using var scope = scopes.CreateAsyncScope();
                    await RunAsync(scope.ServiceProvider, stoppingToken);
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    logger.LogWarning(exception, "{Work} failed; trying again in {Interval}", work, interval);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping.
        }
    }
}
