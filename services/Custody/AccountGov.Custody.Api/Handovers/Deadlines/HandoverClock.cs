using AccountGov.Custody.Api.Accounts;
using AccountGov.Custody.Api.Hr;
using AccountGov.ServiceDefaults.Time;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using AccountGov.EventSourcing.Writing;
using AccountGov.ServiceDefaults.Errors;
using AccountGov.ServiceDefaults.Telemetry;
using Marten;
using StaffMember = AccountGov.Custody.Api.Hr.StaffMember;

namespace AccountGov.Custody.Api.Handovers.Deadlines;

/// <summary>
/// The time-driven side of handover, not the broker's delayed exchange: on every tick it reads what is due from
/// the snapshots (people whose leave starts or ends, leavers past their last working day, handovers near or past
/// their due date) and decides each through the same pure rules. Every decision is idempotent and every write
/// checks the stream version, so any number of replicas may run this clock at once.
/// </summary>
public sealed class HandoverClock(
    ISessionFactory sessions, CustodyReconciler reconciler, UnavailableReceivers receivers, CustodyDay day, BusinessCalendar calendar, TimeProvider clock,
    IConfiguration configuration, IMeterFactory meters, ILogger<HandoverClock> logger) : PeriodicWork(clock, logger)
{
    private static readonly ActivitySource Source = new(TelemetrySetup.AccountGovSource);
    private readonly Counter<long> skipped = meters.Create(TelemetrySetup.AccountGovSource)
        .CreateCounter<long>("accountgov.custody.handover_clock.skipped", "{item}", "People or handovers the clock could not decide and passed over.");

    protected override TimeSpan Interval => TimeSpan.FromSeconds(configuration.GetValue("Custody:Clock:IntervalSeconds", 60.0));

    protected override string Name => "The handover clock";

    public override async Task RunOnce(CancellationToken ct)
    {
        using var activity = Source.StartActivity("handover.clock");
        var today = day.Today;
        var batchSize = configuration.GetValue("Custody:Clock:BatchSize", 500);
        // Keyset pages over everything due: a single capped batch would re-read the same rows every tick when they
        // decide to nothing (already reminded), and never reach the rest.
        string? lastStaff = null;
        while (true)
        {
            List<string> due;
            await using (var query = sessions.QuerySession())
                due = (await query.Query<StaffMember>()
                    .Where(s => s.NextDueOn != null && s.NextDueOn <= today && (lastStaff == null || string.Compare(s.StaffId, lastStaff) > 0))
                    .OrderBy(s => s.StaffId).Select(s => s.StaffId).Take(batchSize).ToListAsync(ct)).ToList();
            foreach (var staffId in due) await Skipping("person", () => reconciler.Tick(staffId, ct));
            if (due.Count < batchSize) break;
            lastStaff = due[^1];
        }

        foreach (var handover in await receivers.Find(ct)) await Skipping("handover", () => receivers.Replan(handover, ct));

        var horizon = HandoverDeadlines.Horizon(today, calendar);
        var lastHandover = Guid.Empty;
        while (true)
        {
            List<Handover> handovers;
            await using (var query = sessions.QuerySession())
                handovers = (await query.Query<Handover>()
                    .Where(h => (h.Status == HandoverStatus.Open || h.Status == HandoverStatus.Escalated) && h.DueBy <= horizon && h.Id > lastHandover)
                    .OrderBy(h => h.Id).Take(batchSize).ToListAsync(ct)).ToList();
            foreach (var handover in handovers) await Skipping("handover", () => Deadline(handover, today, ct));
            if (handovers.Count < batchSize) break;
            lastHandover = handovers[^1].Id;
        }
    }

    /// <summary>
    /// One person or handover that cannot be decided (a record that no longer reads, a date past the calendar) is
    /// passed over and counted, so it cannot stop the clock for everyone after it; it is tried again next tick.
    /// </summary>
    private async Task Skipping(string what, Func<Task> decide)
    {
        try
        {
            await decide();
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            skipped.Add(1, new KeyValuePair<string, object?>("item", what));
            logger.LogError("The handover clock passed over a {Item} it could not decide: {Error}", what, ex.GetType().Name);
        }
    }

    private async Task Deadline(Handover handover, DateOnly today, CancellationToken ct)
    {
        await using var session = sessions.OpenSession();
        var account = await session.LoadAsync<Account>(handover.AccountId, ct);
        var events = HandoverDeadlines.Decide(handover, account?.Sponsor.UserId, today, day.Now, calendar);
        try
        {
            await session.Append([new StreamAppend(handover.Id, handover.Version, events)], ct);
        }
        catch (StaleVersion)
        {
            // Another replica (or a completion) got there first; the next tick decides again from fresh state.
        }
    }
}
