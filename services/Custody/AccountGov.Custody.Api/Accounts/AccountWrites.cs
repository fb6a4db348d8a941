using AccountGov.Custody.Api.Reports.CustodyGaps;
using AccountGov.EventSourcing.Writing;
using AccountGov.ServiceDefaults.Errors;
using Marten;

namespace AccountGov.Custody.Api.Accounts;

/// <summary>
/// The register's write path: <see cref="DecideAndAppend.Decide{T}"/> for an account, plus the custody-gap record
/// re-evaluated in the same commit (issue 6: every Active account has an Active custodian, whatever changed it).
/// </summary>
public static class AccountWrites
{
    public static async Task<long> DecideAccount(
        this IDocumentSession session, Guid id, long? expectedVersion, Func<Account, IReadOnlyList<object>> decide, CancellationToken ct)
    {
        var stream = await DecideAndAppend.Fetch<Account>(session, id, expectedVersion, ct);
        if (stream.Aggregate is null) throw new NotFound(nameof(Account));

        var events = decide(stream.Aggregate);
        if (events.Count == 0) return stream.CurrentVersion ?? 0;
        stream.AppendMany(events.ToArray());
        await CustodyGapStaging.StageAsync(session, ct);
        await DecideAndAppend.Commit(session, ct);
        return (stream.StartingVersion ?? 0) + events.Count;
    }
}
