using AccountGov.ServiceDefaults.Errors;
using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using NotFound = AccountGov.ServiceDefaults.Errors.NotFound;

namespace AccountGov.Custody.Api.Audit;

/// <summary>
/// GET /accounts/{id}/audit (Auditor, BD): the account's whole history from its event stream, reveals included,
/// oldest first. Read from the events themselves, not from a copy that could drift.
/// </summary>
public static class GetAudit
{
    public static void MapGetAudit(this RouteGroupBuilder group) =>
        group.MapGet("/{id:guid}/audit", Handle).RequireAuthorization(CustodyPolicies.AuditReaders);

    private static async Task<Results<Ok<Contracts.AuditEntry[]>, ValidationProblem>> Handle(Guid id, int? skip, int? take, IQuerySession session, CancellationToken ct)
    {
        if (skip is < 0 || take is < 1 or > 1000)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["take"] = ["skip must be 0 or more and take 1 to 1000."] });
        var events = await session.Events.FetchStreamAsync(id, token: ct);
        if (events.Count == 0) throw new NotFound("Account");
        return TypedResults.Ok(events.Skip(skip ?? 0).Take(take ?? 1000).Select(AuditTrail.ToEntry).ToArray());
    }
}
