using AccountGov.Approvals.Api.Cases.Deadlines;
using AccountGov.Approvals.Contracts;
using AccountGov.EventSourcing.Writing;
using AccountGov.ServiceDefaults.Errors;
using Marten;

namespace AccountGov.Approvals.Api.Cases.Reminding;

/// <summary>
/// One pass over the cases whose current stage needs a reminder or an escalation today. It reads the inline
/// snapshot (indexed by <see cref="Case.NextAlertOn"/>), then decides each case on its own stream with the
/// optimistic version check, so two replicas sweeping at once record each alert once: the loser's commit fails
/// and the next pass finds nothing left to do.
/// </summary>
public sealed class DeadlineSweep(IDocumentStore store, DeadlinePolicy deadlines, ILogger<DeadlineSweep> logger)
{
    public const int BatchSize = 200;

    /// <returns>How many reminders and escalations were recorded.</returns>
    public async Task<int> RunAsync(DateTimeOffset now, CancellationToken ct)
    {
        var today = deadlines.Today(now);
        // Reminders and escalations are working-day business: a weekend or bank holiday records nothing.
        if (!deadlines.IsBusinessDay(today)) return 0;

        IReadOnlyList<Guid> due;
        await using (var query = store.QuerySession())
            due = await query.Query<Case>()
                .Where(c => c.Status == CaseStatus.Open && c.NextAlertOn != null && c.NextAlertOn <= today)
                .OrderBy(c => c.NextAlertOn)
                .Select(c => c.Id)
                .Take(BatchSize)
                .ToListAsync(ct);

        var recorded = 0;
        foreach (var id in due)
        {
            await using var session = store.LightweightSession();
            try
            {
                var stream = await DecideAndAppend.Fetch<Case>(session, id, null, ct);
                if (stream.Aggregate is null) continue;
                var events = RemindOrEscalate.Decide(stream.Aggregate, today, now);
                if (events.Count == 0) continue;
                stream.AppendMany(events.ToArray());
                await DecideAndAppend.Commit(session, ct);
                recorded += events.Count;
            }
            catch (StaleVersion)
            {
                logger.LogInformation("Case {CaseId} changed during the deadline sweep; the next sweep looks again.", id);
            }
        }
        if (recorded > 0) logger.LogInformation("Deadline sweep recorded {Count} reminder(s) and escalation(s).", recorded);
        return recorded;
    }
}
