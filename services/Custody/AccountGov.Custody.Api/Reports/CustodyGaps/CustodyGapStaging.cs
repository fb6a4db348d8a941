using AccountGov.Custody.Api.Accounts;
using AccountGov.Custody.Api.Handovers.Reconciling;
using AccountGov.Custody.Api.Staff;
using Marten;

namespace AccountGov.Custody.Api.Reports.CustodyGaps;

/// <summary>
/// Keeps the custody-gap record true whatever changes an account: a custodian added or removed, the account
/// registered, suspended, reactivated or decommissioned (a non-Active account has no gap). Called by each register
/// write just before it commits, it reads the account events pending on the session and stages the gap's own
/// events beside them, so both land in one transaction; the register's slices need not know the gap rule.
/// IG31 §8.1: credentials always have an organisational owner. Accounts whose gap the session already decided
/// (the HR reconciler) are left alone.
/// </summary>
public static class CustodyGapStaging
{
    public static async Task StageAsync(IDocumentSession session, CancellationToken token)
    {
        var streams = session.PendingChanges.Streams();
        var decided = streams.Select(s => s.Id).ToHashSet();
        var changed = streams
            .Where(s => s.Events.Any(e => Affects(e.Data)) && !decided.Contains(StreamIds.ForCustodyGap(s.Id)))
            .ToList();
        if (changed.Count == 0) return;

        var before = (await session.LoadManyAsync<Account>(token, changed.Select(s => s.Id))).ToDictionary(a => a.Id);
        var gaps = (await session.LoadManyAsync<CustodyGap>(token, changed.Select(s => StreamIds.ForCustodyGap(s.Id))))
            .ToDictionary(g => g.AccountId);
        foreach (var stream in changed)
        {
            var after = stream.Events.Aggregate(before.GetValueOrDefault(stream.Id), (a, e) => Fold(a, e.Data));
            if (after is null) continue;
            var events = CustodyGap.Decide(gaps.GetValueOrDefault(after.Id), CustodyAccounts.ToView(after), TimeProvider.System.GetUtcNow());
            if (events.Count > 0) session.Events.Append(StreamIds.ForCustodyGap(after.Id), events.ToArray());
        }
    }

    private static bool Affects(object e) => e is AccountRegistered or CustodianAdded or CustodianRemoved
        or CustodianStatusChanged or AccountSuspended or AccountReactivated or AccountDecommissioned;

    /// <summary>Only what the gap rule reads: status and custodians.</summary>
    private static Account? Fold(Account? a, object e) => e switch
    {
        AccountRegistered x => Account.Create(x),
        CustodianAdded x => a?.Apply(x),
        CustodianRemoved x => a?.Apply(x),
        CustodianRoleChanged x => a?.Apply(x),
        CustodianStatusChanged x => a?.Apply(x),
        AccountSuspended x => a?.Apply(x),
        AccountReactivated x => a?.Apply(x),
        AccountDecommissioned x => a?.Apply(x),
        _ => a,
    };
}
