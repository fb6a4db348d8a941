using AccountGov.Custody.Api.Accounts;
using AccountGov.Custody.Api.Accounts.Reading;
using AccountGov.EventSourcing.Writing;
using AccountGov.ServiceDefaults.Auth;
using AccountGov.ServiceDefaults.Errors;
using AccountGov.ServiceDefaults.OpenApi;
using Marten;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AccountGov.Custody.Api.Credentials.Acknowledging;

/// <summary>A custodian read the rules on what must never be posted, in the version named, before reaching the login.</summary>
public sealed record NeverPostRulesAcknowledged(Guid AccountId, string UserId, string PolicyVersion, DateTimeOffset AcknowledgedAt);

/// <summary>
/// POST /accounts/{id}/never-post-rules/acknowledgement: a named custodian of the account (not one who has left)
/// acknowledges <see cref="Contracts.NeverPostRules"/> (CO23 §3.5, NTy §3.4). Once per custodian per account: again is a no-op.
/// A custodian reveals only after it (<see cref="Revealing.RevealCredential"/>), so one named later acknowledges too.
/// </summary>
public static class AcknowledgeNeverPostRules
{
    public static IReadOnlyList<object> Decide(Account account, CurrentUser user, DateTimeOffset now)
    {
        if (account.Status == AccountStatus.Decommissioned) throw new RuleViolation("The account is decommissioned.");
        if (account.CustodianOf(user.UserId) is null or { Status: CustodianStatus.Left })
            throw new AccessDenied("Only a custodian of this account acknowledges the rules for it.");
        return account.RulesAcknowledgedBy.Contains(user.UserId)
            ? []
            : [new NeverPostRulesAcknowledged(account.Id, user.UserId, Contracts.NeverPostRules.Version, now)];
    }

    public static void MapAcknowledgeNeverPostRules(this RouteGroupBuilder group) =>
        group.MapPost("/{id:guid}/never-post-rules/acknowledgement", Handle)
            .WithSummary("Acknowledge the rules on what must never be posted (a custodian, before their first reveal)").AcceptsIfMatch();

    private static async Task<Ok<Contracts.AccountDetails>> Handle(
        Guid id, CurrentUser user, ISessionFactory sessions, TimeProvider clock, HttpRequest request, HttpResponse response, CancellationToken ct)
    {
        // Without If-Match a race with another commit on the account is decided again on fresh state (then often a no-op).
        var expected = request.ExpectedVersion();
        var (account, version) = await LatestWins.Write(sessions, expected,
            session => session.Write<Account>(id, expected, a => Decide(a, user, clock.GetUtcNow()), ct));
        response.SetETag(version);
        return TypedResults.Ok(account.ToDetails(version));
    }
}
