using AccountGov.AccountRequests.Api.Requests.Validating;
using AccountGov.AccountRequests.Contracts.Http;
using AccountGov.EventSourcing.Writing;
using AccountGov.ServiceDefaults.Auth;
using AccountGov.ServiceDefaults.Errors;
using AccountGov.ServiceDefaults.OpenApi;
using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using AccountGov.ServiceDefaults.Validation;

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

    public static void MapWithdrawRequest(this RouteGroupBuilder group) => group.MapPost("/{id:guid}/withdraw", Handle)
        .WithName("WithdrawRequest")
        .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .WithSummary("Withdraw a request (the requester)").AcceptsIfMatch();

    private static async Task<Results<Ok<RequestAccepted>, ValidationProblem>> Handle(
        Guid id, CurrentUser user, HttpContext http, IDocumentSession session, TimeProvider clock, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var body = await OptionalBody(http.Request, errors, ct);
        var reason = errors.OptionalText("reason", body?.Reason, 1000);
        if (errors.Any) return errors.Problem();

        AccountRequest? request = null;
        var version = await session.Decide<AccountRequest>(id, http.Request.ExpectedVersion(),
            r => Decide(request = r, user.UserId, reason.Length == 0 ? null : reason, clock.GetUtcNow()), ct);
        http.Response.SetETag(version);
        return TypedResults.Ok(new RequestAccepted(id, RequestStatus.Withdrawn, request!.DpiaRequired, version, request.Revision));
    }

    // The body (a reason) is optional, so a bare POST must reach the endpoint: a declared JSON body would make
    // routing demand a JSON content type and send a bodiless POST to the fallback 404.
    private static async Task<WithdrawBody?> OptionalBody(HttpRequest request, FieldErrors errors, CancellationToken ct)
    {
        if (request.ContentLength is 0 || (request.ContentLength is null && !request.HasJsonContentType())) return null;
        try
        {
            return await request.ReadFromJsonAsync<WithdrawBody>(ct);
        }
        catch (Exception ex) when (ex is System.Text.Json.JsonException or InvalidOperationException)
        {
            errors.Add("body", "The body is optional; when sent it must be JSON like { \"reason\": \"...\" }.");
            return null;
        }
    }
}
