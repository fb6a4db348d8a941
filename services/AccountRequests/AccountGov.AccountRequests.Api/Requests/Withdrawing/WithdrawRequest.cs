using AccountGov.AccountRequests.Api.Requests.Validating;
using AccountGov.AccountRequests.Contracts.Http;
using AccountGov.EventSourcing.Writing;
using AccountGov.ServiceDefaults.Auth;
using AccountGov.ServiceDefaults.Errors;
using Marten;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AccountGov.AccountRequests.Api.Requests.Withdrawing;

/// <summary>The requester withdraws the request at any point before a decision. A decided request stays decided.</summary>
public static class WithdrawRequest
{
    public static IReadOnlyList<object> Decide(AccountRequest request, string userId, string? reason, DateTimeOffset now)
    {
        Requester.EnsureIsRequester(request, userId);
        if (!request.IsOpen)
            throw new RuleViolation($"Only an undecided request can be withdrawn; this one is {request.Status}.");
        return [new RequestWithdrawn(request.Id, userId, reason, now)];
    }

    public static void MapWithdrawRequest(this RouteGroupBuilder group) => group.MapPost("/{id:guid}/withdraw", Handle);

    private static async Task<Results<Ok<RequestAccepted>, ValidationProblem>> Handle(
        Guid id, WithdrawBody? body, CurrentUser user, HttpContext http, IDocumentSession session, TimeProvider clock, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var reason = errors.OptionalText("reason", body?.Reason, 1000);
        if (errors.Any) return TypedResults.ValidationProblem(errors.ToDictionary());

        AccountRequest? request = null;
        var version = await session.Decide<AccountRequest>(id, http.Request.ExpectedVersion(),
            r => Decide(request = r, user.UserId, reason.Length == 0 ? null : reason, clock.GetUtcNow()), ct);
        http.Response.SetETag(version);
        return TypedResults.Ok(new RequestAccepted(id, RequestStatus.Withdrawn, request!.DpiaRequired, version, request.Revision));
    }
}
