using AccountGov.Notifications.Api.Retention;

namespace AccountGov.Notifications.Api.Digest;

/// <summary>
/// Every "Notifications:HousekeepingInterval" on every replica: the daily digest when it is due, and the retention
/// purge. Both are safe to run concurrently. The timer and "now" come from <see cref="TimeProvider"/>.
/// </summary>
public sealed class Housekeeper(DailyDigest digest, RetentionPurge purge, TimeProvider clock,
    Microsoft.Extensions.Options.IOptions<NotificationsOptions> options, ILogger<Housekeeper> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.HousekeepingInterval, clock);
        do
        {
            try
            {
                await digest.RunAsync(clock.GetUtcNow(), stoppingToken);
                await purge.RunAsync(clock.GetUtcNow(), stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // A second replica wrote today's digest first (a conflict), or the database is briefly away.
                logger.LogInformation("Housekeeping skipped this round: {Error}", ex.GetType().Name);
            }
        } while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
