using AccountGov.ServiceDefaults.Errors;
using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using NotFound = AccountGov.ServiceDefaults.Errors.NotFound;
using AccountGov.ServiceDefaults.Validation;

namespace AccountGov.Custody.Api.Audit;

/// <summary>
/// GET /accounts/{id}/audit (Auditor, BD): the account's whole history from its event stream and its break-glass
/// grants' streams, reveals included, oldest first. Read from the events themselves, not from a copy that could drift.
/// </summary>
public static class GetAudit
{
    public static void MapGetAudit(this RouteGroupBuilder group) =>
        group.MapGet("/{id:guid}/audit", Handle).RequireAuthorization(CustodyPolicies.AuditReaders)
            .WithSummary("Read one account's audit trail (never a secret)");

    private static async Task<Results<Ok<Contracts.AuditEntry[]>, ValidationProblem>> Handle(Guid id, int? skip, int? take, IQuerySession session, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var (from, count) = errors.Paging(skip, take, maxTake: 1000, defaultTake: 1000);
        if (errors.Any) return errors.Problem();
        var events = await AuditTrail.EventsOf(session, id, ct);
        if (events.Count == 0) throw new NotFound("Account");
        return TypedResults.Ok(events.Skip(from).Take(count).Select(AuditTrail.ToEntry).ToArray());
    }
}
