using AccountGov.Custody.Api.Accounts;
using AccountGov.Custody.Api.Handovers.Reconciling;
using AccountGov.Custody.Api.Staff;
using AccountGov.ServiceDefaults.Time;
using JasperFx;
using Marten;
using StaffMember = AccountGov.Custody.Api.Staff.StaffMember;

namespace AccountGov.Custody.Api.Handovers.Deadlines;

/// <summary>
/// The time-driven side of handover, not the broker's delayed exchange: on every tick it reads what is due from
/// the snapshots (people whose leave starts or ends, leavers past their last working day, handovers near or past
/// their due date) and decides each through the same pure rules. Every decision is idempotent and every write
/// checks the stream version, so any number of replicas may run this clock at once.
/// </summary>
public sealed class HandoverClock(
    IDocumentStore store, CustodyReconciler reconciler, CustodyDay day, BusinessCalendar calendar, TimeProvider clock,
    IConfiguration configuration, ILogger<HandoverClock> logger) : BackgroundService
{
    private const int BatchSize = 500;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = TimeSpan.FromSeconds(configuration.GetValue("Custody:Clock:IntervalSeconds", 60.0));
        using var timer = new PeriodicTimer(interval, clock);
        do
        {
            try
            {
                await RunOnce(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError("The handover clock failed this tick: {Error}", ex.GetType().Name);
            }
        } while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    public async Task RunOnce(CancellationToken ct)
    {
        var today = day.Today;
        List<string> due;
        await using (var query = store.QuerySession())
            due = (await query.Query<StaffMember>().Where(s => s.NextDueOn != null && s.NextDueOn <= today)
                .Select(s => s.StaffId).Take(BatchSize).ToListAsync(ct)).ToList();
        foreach (var staffId in due) await reconciler.Tick(staffId, ct);

        var horizon = HandoverDeadlines.Horizon(today, calendar);
        List<Handover> handovers;
        await using (var query = store.QuerySession())
            handovers = (await query.Query<Handover>()
                .Where(h => (h.Status == HandoverStatus.Open || h.Status == HandoverStatus.Escalated) && h.DueBy <= horizon)
                .Take(BatchSize).ToListAsync(ct)).ToList();
        foreach (var handover in handovers) await Deadline(handover, today, ct);
    }

    private async Task Deadline(Handover handover, DateOnly today, CancellationToken ct)
    {
        await using var session = store.LightweightSession();
        var account = await session.LoadAsync<Account>(handover.AccountId, ct);
        var events = HandoverDeadlines.Decide(handover, account?.Sponsor.UserId, today, day.Now, calendar);
        if (events.Count == 0) return;
        session.Events.Append(handover.Id, handover.Version + events.Count, events.ToArray());
        try
        {
            await session.SaveChangesAsync(ct);
        }
        catch (Exception ex) when (ex is ConcurrencyException or JasperFx.Events.EventStreamUnexpectedMaxEventIdException)
        {
            // Another replica (or a completion) got there first; the next tick decides again from fresh state.
        }
    }
}
