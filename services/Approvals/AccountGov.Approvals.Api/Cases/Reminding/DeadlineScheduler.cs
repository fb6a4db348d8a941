using AccountGov.Approvals.Api.Cases.Deadlines;
using Microsoft.Extensions.Options;

namespace AccountGov.Approvals.Api.Cases.Reminding;

/// <summary>
/// Runs <see cref="DeadlineSweep"/> every "Approvals:SweepInterval" on every replica (the sweep is safe to run
/// concurrently). Time-based work is done here, not by the broker's delayed exchange, which is absent here.
/// The timer and "now" come from <see cref="TimeProvider"/>, so a test clock drives it.
/// </summary>
public sealed class DeadlineScheduler(
    DeadlineSweep sweep, TimeProvider clock, IOptions<ApprovalsOptions> options, ILogger<DeadlineScheduler> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.SweepEnabled) return;
        using var timer = new PeriodicTimer(options.Value.SweepInterval, clock);
        do
        {
            try
            {
                await sweep.RunAsync(clock.GetUtcNow(), stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // The database may be briefly unavailable; the next tick tries again.
                logger.LogWarning("The deadline sweep failed: {Error}", ex.GetType().Name);
            }
        } while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
