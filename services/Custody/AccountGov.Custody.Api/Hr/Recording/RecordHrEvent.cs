using AccountGov.Custody.Api.Hr.Reconciling;
using AccountGov.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Http.HttpResults;
using AccountGov.ServiceDefaults.Validation;

namespace AccountGov.Custody.Api.Hr.Recording;

/// <summary>
/// POST /hr/events (HR): one leave, return or departure. 202 once applied; the same eventId again is accepted and
/// changes nothing. An event that cannot apply yet (a return before its leave) is held, not refused.
/// </summary>
public static class RecordHrEvent
{
    public sealed record Accepted(string EventId, bool Duplicate);

    public static void MapRecordHrEvent(this RouteGroupBuilder group) =>
        group.MapPost("/events", Handle).RequireAuthorization(Roles.HR)
            .WithSummary("Record one HR event (leave, return, leaving) and plan custody from it");

    private static async Task<Results<Accepted<Accepted>, ValidationProblem>> Handle(HrEventInput? input, CustodyReconciler reconciler, CancellationToken ct)
    {
        if (input is null) return FieldErrors.Problem("body", "An HR event is required.");
        var (fact, errors) = input.Validate();
        if (fact is null) return TypedResults.ValidationProblem(errors);
        var outcome = await reconciler.Apply(fact, ct);
        return TypedResults.Accepted((string?)null, new Accepted(fact.EventId, Duplicate: outcome == HrOutcome.Duplicate));
    }
}
