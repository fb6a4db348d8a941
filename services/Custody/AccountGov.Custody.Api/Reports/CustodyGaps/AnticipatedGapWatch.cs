using System.Diagnostics;
using AccountGov.Custody.Api.Accounts;
using AccountGov.Custody.Api.Hr;
using AccountGov.EventSourcing.Writing;
using AccountGov.ServiceDefaults.Errors;
using AccountGov.ServiceDefaults.Telemetry;
using AccountGov.ServiceDefaults.Time;
using Marten;
using StaffMember = AccountGov.Custody.Api.Hr.StaffMember;

namespace AccountGov.Custody.Api.Reports.CustodyGaps;

/// <summary>
/// Looks ahead, every "Custody:AnticipatedGaps:IntervalSeconds" (15 minutes by default), for gaps that booked leave
/// and departures will open, as GET /reports/custody-gaps/upcoming shows them, and records each new one (or its new
/// day) so that it is published and BD and the sponsor hear of it while there is time to name a custodian.
/// Every write checks the stream version, so replicas running this at once record each gap once.
/// </summary>
public sealed class AnticipatedGapWatch(
    ISessionFactory sessions, CustodyDay day, TimeProvider clock, IConfiguration configuration, ILogger<AnticipatedGapWatch> logger)
    : PeriodicWork(clock, logger)
{
    private static readonly ActivitySource Source = new(TelemetrySetup.AccountGovSource);

    protected override TimeSpan Interval => TimeSpan.FromSeconds(configuration.GetValue("Custody:AnticipatedGaps:IntervalSeconds", 900.0));

    protected override string Name => "Looking for custody gaps ahead";

    public override async Task RunOnce(CancellationToken ct)
    {
        using var activity = Source.StartActivity("custody.anticipated-gaps");
        await using var session = sessions.QuerySession();
        var accounts = await session.Query<Account>().Where(a => a.Status == AccountStatus.Active).ToListAsync(ct);
        var staff = (await session.LoadManyAsync<StaffMember>(ct,
            accounts.SelectMany(a => a.Custodians).Select(c => c.UserId).Distinct().Select(StreamIds.ForStaff))).ToDictionary(s => s.StaffId);
        var known = (await session.LoadManyAsync<AnticipatedGap>(ct, accounts.Select(a => StreamIds.ForAnticipatedGap(a.Id))))
            .ToDictionary(g => g.AccountId);
        foreach (var account in accounts)
        {
            var ahead = CustodyGap.Upcoming(CustodyAccounts.ToView(account), staff, day.Today);
            var state = known.GetValueOrDefault(account.Id);
            var events = AnticipatedGap.Decide(state, account.Id, account.Sponsor.UserId, ahead?.OpensOn, day.Now);
            if (events.Count == 0) continue;
            try
            {
                await using var write = sessions.OpenSession(); // stamps the trace, so the message carries it
                var id = StreamIds.ForAnticipatedGap(account.Id);
                var append = state is not null ? new StreamAppend(id, state.Version, events) : StreamAppend.Start<AnticipatedGap>(id, events);
                await write.Append([append], ct);
            }
            catch (StaleVersion)
            {
                // Another replica recorded it first; the next look decides again from fresh state.
            }
        }
    }
}
