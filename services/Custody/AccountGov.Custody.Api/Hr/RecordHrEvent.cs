using AccountGov.Custody.Api.Hr;
using AccountGov.Custody.Api.Hr.Rejecting;
using AccountGov.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Http.HttpResults;
using AccountGov.ServiceDefaults.Validation;

namespace AccountGov.Custody.Api.Hr;

/// <summary>
/// POST /hr/events (HR): one HR event. 202 once recorded, saying what it did: applied; held, until when and why (a
/// return before its leave: held, not refused); ignored and why; or a repeat of an eventId, which changes nothing.
/// 400 with field errors when invalid; the refusal is kept for the person's view when it names a well-formed staffId.
/// </summary>
public static class RecordHrEvent
{
    public sealed record Accepted(string EventId, bool Duplicate, HrEffectKind Outcome, string? Why, string? Until);

    public static void MapRecordHrEvent(this RouteGroupBuilder group) =>
        group.MapPost("/events", Handle).RequireAuthorization(Roles.HR)
            .WithSummary("Record one HR event (leave, return, leaving) and plan custody from it");

    private static async Task<Results<Accepted<Accepted>, ValidationProblem>> Handle(
        HrEventInput? input, CustodyReconciler reconciler, HrRejections rejections, CustodyDay day, CancellationToken ct)
    {
        if (input is null) return FieldErrors.Problem("body", "An HR event is required.");
        var (fact, errors) = input.Validate();
        if (fact is null)
        {
            // The person's view shows the refusal (GET /staff/{id}); the answer is the same 400 either way.
            if (HrEventRejection.Of(input, errors, day.Now) is { } rejection) await rejections.Keep([rejection], ct);
            return TypedResults.ValidationProblem(errors);
        }
        var effect = await reconciler.Apply(fact, ct);
        return TypedResults.Accepted($"/staff/{Uri.EscapeDataString(fact.StaffId)}",
            new Accepted(fact.EventId, effect.Kind == HrEffectKind.Duplicate, effect.Kind, effect.Why, effect.Until));
    }
}
