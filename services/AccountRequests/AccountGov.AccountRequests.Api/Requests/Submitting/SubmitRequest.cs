using AccountGov.EventSourcing.Writing;
using AccountGov.ServiceDefaults.Auth;
using Marten;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AccountGov.AccountRequests.Api.Requests.Submitting;

public sealed record SubmitRequestBody(string? Team, string? Platform, string? Handle);
public sealed record SubmitRequestResponse(Guid Id, RequestStatus Status, long Version);

public static class SubmitRequest
{
    public static IReadOnlyList<object> Decide(Guid id, SubmitRequestBody body, CurrentUser requester, DateTimeOffset now) =>
        [new RequestSubmitted(id, body.Team!.Trim(), body.Platform!.Trim(), body.Handle!.Trim(), requester.UserId, now)];

    public static void MapSubmitRequest(this RouteGroupBuilder group) => group.MapPost("/", Handle);

    private static async Task<Results<Created<SubmitRequestResponse>, ValidationProblem>> Handle(
        SubmitRequestBody body, CurrentUser user, IDocumentSession session, TimeProvider clock, CancellationToken ct)
    {
        var errors = Validate(body);
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors);

        var id = Guid.CreateVersion7();
        var version = await session.Start<AccountRequest>(id, Decide(id, body, user, clock.GetUtcNow()), ct);
        return TypedResults.Created($"/requests/{id}", new SubmitRequestResponse(id, RequestStatus.Submitted, version));
    }

    private static Dictionary<string, string[]> Validate(SubmitRequestBody body)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(body.Team)) errors["team"] = ["A team is required."];
        if (string.IsNullOrWhiteSpace(body.Platform)) errors["platform"] = ["A platform is required."];
        if (string.IsNullOrWhiteSpace(body.Handle)) errors["handle"] = ["A handle is required."];
        return errors;
    }
}
