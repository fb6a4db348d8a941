using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace AccountGov.ServiceDefaults.Time;

/// <summary>
/// Work a service does on its own every so often (a clock, a sweep, a purge): once at start, then every
/// <see cref="Interval"/>. A round that fails is logged by its exception type only (no data) and the next round
/// runs as usual, so one bad round never stops the work for good.
/// </summary>
public abstract class PeriodicWork(TimeProvider clock, ILogger logger) : BackgroundService
{
    protected TimeProvider Clock { get; } = clock;

    protected abstract TimeSpan Interval { get; }

    /// <summary>What the log calls this work, e.g. "The handover clock".</summary>
    protected abstract string Name { get; }

    public abstract Task RunOnce(CancellationToken ct);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, Clock);
        do
        {
            try
            {
                await RunOnce(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError("{Work} failed this tick: {Error}", Name, ex.GetType().Name);
            }
        } while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
