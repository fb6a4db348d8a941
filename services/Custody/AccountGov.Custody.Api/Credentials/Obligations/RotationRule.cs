using AccountGov.Custody.Api.Accounts;
using AccountGov.EventSourcing.Writing;
using Marten;

namespace AccountGov.Custody.Api.Credentials.Obligations;

/// <summary>
/// Opens and closes rotation tasks in the same transaction as the account event that causes them, whichever slice
/// wrote it (a custodian removed, a break-glass reveal, an integrity failure, a credential stored): a commit rule,
/// like the custody-gap rule, evaluated once per commit over the account events pending on the session.
/// </summary>
public sealed class RotationRule : CommitRule
{
    protected override bool Concerns(IDocumentSession session) => Pending(session).Count > 0;

    protected override async Task StageAsync(IDocumentSession session, CancellationToken token)
    {
        var pending = Pending(session);
        if (pending.Count == 0) return;
        var ids = pending.Select(s => s.Id).ToArray();
        var accounts = (await session.LoadManyAsync<Account>(token, ids)).ToDictionary(a => a.Id);
        var obligations = (await session.LoadManyAsync<CredentialObligations>(token, ids.Select(StreamIds.ForCredentialObligations)))
            .ToDictionary(o => o.AccountId);
        foreach (var stream in pending)
        {
            // A registration never concerns this rule, so the account is stored already.
            if (!accounts.TryGetValue(stream.Id, out var before)) continue;
            var events = stream.Events.Select(e => e.Data).ToList();
            var decided = RotationTasks.Decide(obligations.GetValueOrDefault(stream.Id), before.Fold(events), events);
            if (decided.Count > 0) session.Events.Append(StreamIds.ForCredentialObligations(stream.Id), decided.ToArray());
        }
    }

    private static List<JasperFx.Events.StreamAction> Pending(IDocumentSession session) =>
        session.PendingChanges.Streams().Where(s => s.Events.Any(e => RotationTasks.Concerns(e.Data))).ToList();
}
