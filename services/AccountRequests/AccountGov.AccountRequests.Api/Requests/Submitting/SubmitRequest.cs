using AccountGov.EventSourcing.Writing;
using AccountGov.ServiceDefaults.Auth;
using Marten;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AccountGov.AccountRequests.Api.Requests.Submitting;

public sealed record PersonBody(string? UserId, string? Name, string? Email);
public sealed record SubmitRequestBody(string? Team, string? Platform, string? Handle, PersonBody? Sponsor, PersonBody[]? Custodians);
public sealed record SubmitRequestResponse(Guid Id, RequestStatus Status, long Version);

/// <summary>The thin submission that proves the pipeline; the business-case issue replaces it with the full one.</summary>
public static class SubmitRequest
{
    public static IReadOnlyList<object> Decide(Guid id, SubmitRequestBody body, CurrentUser requester, DateTimeOffset now) =>
    [
        new RequestSubmitted(id, body.Team!.Trim(), body.Platform!.Trim(), body.Handle!.Trim(),
            new Person(requester.UserId, requester.Name, ""), ToPerson(body.Sponsor!),
            body.Custodians!.Select(ToPerson).ToArray(), now),
    ];

    private static Person ToPerson(PersonBody p) => new(p.UserId!, p.Name ?? p.UserId!, p.Email ?? "");

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
        if (string.IsNullOrWhiteSpace(body.Sponsor?.UserId)) errors["sponsor"] = ["A sponsor is required."];
        if (body.Custodians is not { Length: >= 2 } || body.Custodians.Any(c => string.IsNullOrWhiteSpace(c.UserId)))
            errors["custodians"] = ["At least two named custodians are required."];
        return errors;
    }
}
