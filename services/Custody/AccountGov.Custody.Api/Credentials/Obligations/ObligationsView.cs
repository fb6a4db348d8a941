using AccountGov.Custody.Api.Accounts;
using Marten;
using Contracts = AccountGov.Custody.Contracts;

namespace AccountGov.Custody.Api.Credentials.Obligations;

/// <summary>The public shape of what a credential owes, for the account page, the exposure report and the reports.</summary>
public static class ObligationsView
{
    public static Contracts.CredentialObligationsDetails ToDetails(Account account, CredentialObligations? state, DepositTerms terms)
    {
        var due = terms.DueOn(account);
        var owed = DepositDeadline.Owed(account);
        return new(owed, due, owed && DepositDeadline.Overdue(due, terms.Today), Open(state));
    }

    public static IReadOnlyList<Contracts.RotationTaskDetails> Open(CredentialObligations? state) =>
        state?.OpenRotations.Select(r => new Contracts.RotationTaskDetails(r.Cause.ToContract(), r.OpenedAt)).ToArray() ?? [];

    public static async Task<Dictionary<Guid, CredentialObligations>> LoadFor(IQuerySession session, IEnumerable<Guid> accountIds, CancellationToken ct) =>
        (await session.LoadManyAsync<CredentialObligations>(ct, accountIds.Select(StreamIds.ForCredentialObligations))).ToDictionary(o => o.AccountId);
}
