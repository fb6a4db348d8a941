using System.Diagnostics;
using System.Diagnostics.Metrics;
using AccountGov.Approvals.Api.Cases.Deadlines;
using AccountGov.Approvals.Contracts;
using AccountGov.EventSourcing.Writing;
using AccountGov.ServiceDefaults.Errors;
using AccountGov.ServiceDefaults.Telemetry;
using Marten;
using Microsoft.Extensions.Options;

namespace AccountGov.Approvals.Api.Cases.Reminding;

/// <summary>
/// One pass over every case whose current stage needs a reminder or an escalation today, a batch at a time. It reads
/// the inline snapshot (indexed by <see cref="Case.NextAlertOn"/>), then decides each case on its own stream with the
/// optimistic version check, so two replicas sweeping at once record each alert once: the loser's commit fails and
/// the next pass finds nothing left to do. A case that cannot be decided (an unreadable snapshot, a failing
/// decision) is logged by id, counted and passed over, so one bad case never stops everyone else's reminders.
/// </summary>
public sealed class DeadlineSweep(
    ISessionFactory sessions, DeadlinePolicy deadlines, IOptions<ApprovalsOptions> options, IMeterFactory meters, ILogger<DeadlineSweep> logger)
{
    private static readonly ActivitySource Source = new(TelemetrySetup.AccountGovSource);

    private readonly Counter<long> skipped = meters.Create(TelemetrySetup.AccountGovSource)
        .CreateCounter<long>("accountgov.approvals.deadline_sweep.skipped", "{case}", "Cases the deadline sweep could not decide and passed over.");

    /// <returns>How many reminders and escalations were recorded.</returns>
    public async Task<int> RunAsync(DateTimeOffset now, CancellationToken ct)
    {
        var today = deadlines.Today(now);
        // Reminders and escalations are working-day business: a weekend or bank holiday records nothing.
        if (!deadlines.IsBusinessDay(today)) return 0;
        // A pass runs outside any request: its own trace, so each reminder it publishes can be followed to the email.
        using var activity = Source.StartActivity("approvals.deadline-sweep");

        // A decided case leaves the due set by itself; one that was not (failed, raced, nothing to say) is excluded
        // from the next batches, so every batch makes progress and the pass ends.
        var passedOver = new List<Guid>();
        var recorded = 0;
        while (await NextBatch(today, passedOver, ct) is { Count: > 0 } due)
            foreach (var id in due)
            {
                var count = await TryDecide(id, today, now, ct);
                if (count > 0) recorded += count;
                else passedOver.Add(id);
            }
        if (recorded > 0) logger.LogInformation("Deadline sweep recorded {Count} reminder(s) and escalation(s).", recorded);
        return recorded;
    }

    private async Task<IReadOnlyList<Guid>> NextBatch(DateOnly today, List<Guid> passedOver, CancellationToken ct)
    {
        var excluded = passedOver.ToArray();
        await using var query = sessions.QuerySession();
        return await query.Query<Case>()
            .Where(c => c.Status == CaseStatus.Open && c.NextAlertOn != null && c.NextAlertOn <= today && !excluded.Contains(c.Id))
            .OrderBy(c => c.NextAlertOn)
            .Select(c => c.Id)
            .Take(options.Value.SweepBatchSize)
            .ToListAsync(ct);
    }

    /// <returns>The events recorded on the case; 0 when there was nothing to record or it could not be decided.</returns>
    private async Task<int> TryDecide(Guid id, DateOnly today, DateTimeOffset now, CancellationToken ct)
    {
        await using var session = sessions.OpenSession();
        try
        {
            return (await session.Record<Case>(id, c => RemindOrEscalate.Decide(c, today, now), ct)).Count;
        }
        catch (NotFound)
        {
            return 0;
        }
        catch (StaleVersion)
        {
            logger.LogInformation("Case {CaseId} changed during the deadline sweep; the next sweep looks again.", id);
            return 0;
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            // The exception's type only: its message may quote the case's data (names, handles).
            skipped.Add(1);
            logger.LogError("The deadline sweep passed over case {CaseId}: {Error}.", id, ex.GetType().Name);
            return 0;
        }
    }
}
