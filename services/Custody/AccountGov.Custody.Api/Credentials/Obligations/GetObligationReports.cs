using AccountGov.Custody.Api.Accounts;
using AccountGov.Custody.Contracts;
using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using Account = AccountGov.Custody.Api.Accounts.Account;
using AccountStatus = AccountGov.Custody.Api.Accounts.AccountStatus;

namespace AccountGov.Custody.Api.Credentials.Obligations;

/// <summary>
/// GET /reports/missing-credentials and GET /reports/rotations (BD, Auditor): IG31 §8.1, the organisation can show
/// it holds every account's credential, and which passwords must change. Read from the register and the obligation
/// snapshots; neither holds a secret.
/// </summary>
public static class GetObligationReports
{
    public static void MapObligationReports(this RouteGroupBuilder reports)
    {
        reports.MapGet("/missing-credentials", Missing).RequireAuthorization(CustodyPolicies.AuditReaders)
            .WithSummary("Accounts with no credential deposited: due date, overdue and escalated (IG31 §8.1)");
        reports.MapGet("/rotations", Rotations).RequireAuthorization(CustodyPolicies.AuditReaders)
            .WithSummary("Accounts whose password must change, and why (IG31 §8.1)");
    }

    private static async Task<Ok<MissingCredential[]>> Missing(IQuerySession session, DepositTerms terms, CancellationToken ct)
    {
        var owing = await session.Query<Account>().Where(a => a.Credential == null && a.Status != AccountStatus.Decommissioned).ToListAsync(ct);
        var state = await ObligationsView.LoadFor(session, owing.Select(a => a.Id), ct);
        return TypedResults.Ok(owing
            .Select(a => (Account: a, DueOn: terms.DueOn(a)))
            .OrderBy(x => x.DueOn).ThenBy(x => x.Account.Handle)
            .Select(x => new MissingCredential(x.Account.Id, x.Account.Team, x.Account.Platform, x.Account.Handle,
                x.Account.Status.ToContract(), x.Account.RegisteredAt, x.DueOn, DepositDeadline.Overdue(x.DueOn, terms.Today),
                state.GetValueOrDefault(x.Account.Id)?.EscalatedFor == x.DueOn,
                x.Account.Custodians.Select(c => new StaffRef(c.UserId, c.Name)).ToArray()))
            .ToArray());
    }

    private static async Task<Ok<OpenRotation[]>> Rotations(IQuerySession session, CancellationToken ct)
    {
        var open = await session.Query<CredentialObligations>().Where(o => o.RotationOpen).ToListAsync(ct);
        var accounts = (await session.LoadManyAsync<Account>(ct, open.Select(o => o.AccountId))).ToDictionary(a => a.Id);
        return TypedResults.Ok(open
            .Where(o => accounts.TryGetValue(o.AccountId, out var a) && a.Status != AccountStatus.Decommissioned)
            .Select(o => (Obligations: o, Account: accounts[o.AccountId]))
            .OrderBy(x => x.Account.Handle)
            .Select(x => new OpenRotation(x.Account.Id, x.Account.Team, x.Account.Platform, x.Account.Handle, ObligationsView.Open(x.Obligations)))
            .ToArray());
    }
}
