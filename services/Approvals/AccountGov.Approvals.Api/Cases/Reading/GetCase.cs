using AccountGov.Approvals.Api.Cases.Deadlines;
using AccountGov.Approvals.Contracts;
using AccountGov.ServiceDefaults.Auth;
using Marten;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AccountGov.Approvals.Api.Cases.Reading;

public static class GetCase
{
    public static void MapGetCase(this RouteGroupBuilder group) => group.MapGet("/{requestId:guid}", Handle)
            .WithSummary("Read a case: its stages, who it waits on and when each is due");

    /// <summary>Case workers (BD, IG, auditors) read any case; the requester and the sponsor read their own.</summary>
    public static bool MayRead(Case c, CurrentUser user) =>
        user.IsIn(Roles.BusinessDevelopment) || user.IsIn(Roles.InformationGovernance) || user.IsIn(Roles.Auditor)
        || user.UserId == c.Request.Requester.UserId || user.UserId == c.Request.Sponsor.UserId;

    private static async Task<Ok<CaseDetails>> Handle(
        Guid requestId, CurrentUser user, IQuerySession session, HttpResponse response, TimeProvider clock,
        DeadlinePolicy deadlines, CancellationToken ct)
    {
        var found = await session.LoadAsync<Case>(requestId, ct) ?? throw new AccountGov.ServiceDefaults.Errors.NotFound("Case");
        if (!MayRead(found, user)) throw new AccountGov.ServiceDefaults.Errors.AccessDenied("Only case workers, the requester and the sponsor may read a case.");
        return TypedResults.Ok(await CaseView.Reload(session, requestId, response, deadlines.Today(clock.GetUtcNow()), ct));
    }
}
