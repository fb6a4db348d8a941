using AccountGov.Custody.Api.Accounts;
using AccountGov.Custody.Api.Hr;
using AccountGov.EventSourcing.Writing;
using JasperFx.Events;
using Marten;

namespace AccountGov.Custody.Api.Reports.CustodyGaps;

/// <summary>
/// Keeps the custody-gap record true whatever changes an account, evaluated once per commit: just before a session
/// saves, it folds the account events pending on it onto the stored accounts and stages the gap's own events
/// beside them, so both land in one transaction. A commit that bypasses it is refused (<see cref="CommitRule"/>). A custodian added,
/// removed or changing status, the account registered, suspended, reactivated or decommissioned (a non-Active
/// account has no gap). IG31 §8.1: credentials always have an organisational owner.
/// </summary>
public sealed class CustodyGapRule(TimeProvider clock) : CommitRule
{
    protected override bool Concerns(IDocumentSession session) => Changed(session).Count > 0;

    protected override async Task StageAsync(IDocumentSession session, CancellationToken token)
    {
        var changed = Changed(session);
        if (changed.Count == 0) return;

        var before = (await session.LoadManyAsync<Account>(token, changed.Select(s => s.Id))).ToDictionary(a => a.Id);
        var gaps = (await session.LoadManyAsync<CustodyGap>(token, changed.Select(s => StreamIds.ForCustodyGap(s.Id))))
            .ToDictionary(g => g.AccountId);
        foreach (var stream in changed)
        {
            var events = stream.Events.Select(e => e.Data).ToList();
            var after = events[0] is AccountRegistered registered
                ? Account.Start(registered).Fold(events.Skip(1))
                : before.GetValueOrDefault(stream.Id)?.Fold(events);
            if (after is null) continue;
            var decided = CustodyGap.Decide(gaps.GetValueOrDefault(after.Id), CustodyAccounts.ToView(after), clock.GetUtcNow());
            if (decided.Count > 0) session.Events.Append(StreamIds.ForCustodyGap(after.Id), decided.ToArray());
        }
    }

    private static List<StreamAction> Changed(IDocumentSession session) =>
        session.PendingChanges.Streams().Where(s => s.Events.Any(e => Affects(e.Data))).ToList();

    private static bool Affects(object e) => e is AccountRegistered or CustodianAdded or CustodianRemoved
        or CustodianStatusChanged or AccountSuspended or AccountReactivated or AccountDecommissioned;
}
