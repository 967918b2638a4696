using Microsoft.Extensions.Options;

namespace PurePhysio.Web.Email;

/// <summary>Delivers outbox messages in the background: at each poll, and at once when new mail is stored.</summary>
internal sealed class OutboxDeliveryService(
    IServiceScopeFactory scopes,
    OutboxSignal signal,
    IOptions<OutboxDeliveryOptions> options,
    ILogger<OutboxDeliveryService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Let the host finish starting before the first database round trip.
        await Task.Yield();
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                int claimed;
                do
                {
                    await using var scope = scopes.CreateAsyncScope();
                    claimed = await scope.ServiceProvider.GetRequiredService<OutboxDelivery>().DeliverDueAsync(stoppingToken);
                }
                while (claimed >= options.Value.BatchSize && !stoppingToken.IsCancellationRequested);

                await signal.WaitAsync(options.Value.PollInterval, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception exception)
            {
                // E.g. the database is briefly unavailable: the messages are safe in it, try again at the next poll.
                // Database errors carry no enquiry content (EF never logs parameter values here).
                logger.LogError(exception, "Outbox delivery pass failed");
                try
                {
                    await Task.Delay(options.Value.PollInterval, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    break;
                }
            }
        }
    }
}
