using AccountGov.Custody.Api.Credentials.Obligations;
using AccountGov.Custody.Contracts;
using AccountGov.EventSourcing.Writing;
using Marten;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AccountGov.Custody.Api.Accounts.Reading;

/// <summary>
/// GET /accounts/{id}: the register entry, open to every signed-in member of staff (MECCG139 §6: the organisation's
/// register). With <c>asOf</c> the account is rebuilt from the event store as it stood then, not read from a copy.
/// </summary>
public static class GetAccount
{
    public static void MapGetAccount(this RouteGroupBuilder group) => group.MapGet("/{id:guid}", Handle)
            .WithSummary("Read an account: its status, custodians and credential state");

    private static async Task<Results<Ok<AccountDetails>, NotFound>> Handle(
        Guid id, DateTimeOffset? asOf, IQuerySession session, DepositTerms terms, HttpResponse response, CancellationToken ct)
    {
        if (asOf is { } instant)
        {
            var then = await session.Events.AggregateStreamAsync<Account>(id, timestamp: instant.ToUniversalTime(), token: ct);
            if (then is null) return TypedResults.NotFound();
            return TypedResults.Ok(then.ToDetails(then.Version));
        }

        var account = await session.LoadAsync<Account>(id, ct);
        if (account is null) return TypedResults.NotFound();
        var state = await session.Events.FetchStreamStateAsync(id, ct);
        response.SetETag(state!.Version);
        var obligations = await session.LoadAsync<CredentialObligations>(StreamIds.ForCredentialObligations(id), ct);
        return TypedResults.Ok(account.ToDetails(state.Version) with { Obligations = ObligationsView.ToDetails(account, obligations, terms) });
    }
}
