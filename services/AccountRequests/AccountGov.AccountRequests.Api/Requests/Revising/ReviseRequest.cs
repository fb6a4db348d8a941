using AccountGov.AccountRequests.Api.Requests.Policies;
using AccountGov.AccountRequests.Api.Requests.Screening;
using AccountGov.AccountRequests.Api.Requests.Uniqueness;
using AccountGov.AccountRequests.Api.Requests.Validating;
using AccountGov.AccountRequests.Contracts.Http;
using AccountGov.EventSourcing.Writing;
using AccountGov.ServiceDefaults.Auth;
using AccountGov.ServiceDefaults.Errors;
using AccountGov.ServiceDefaults.OpenApi;
using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using AccountGov.ServiceDefaults.Validation;

namespace AccountGov.AccountRequests.Api.Requests.Revising;

/// <summary>
/// The requester answers ChangesRequested with a revised case, which is resubmitted as the next revision. Earlier
/// revisions stay in the stream. If-Match guards against a second editor's stale copy (412).
/// </summary>
public static class ReviseRequest
{
    public static IReadOnlyList<object> Decide(
        AccountRequest request, string userId, BusinessCase revised, ScreeningPolicy policy, DateTimeOffset now)
    {
        Requester.EnsureIsRequester(request, userId);
        if (request.Status != RequestStatus.ChangesRequested)
            throw new RuleViolation($"Only a request in ChangesRequested can be revised; this one is {request.Status}.");
        return
        [
            new RequestRevised(request.Id, request.Revision + 1, request.Requester, revised,
                policy.RequiresFullDpia(revised.DpiaScreening), policy.Reference,
                ContentChanged: !revised.SameContentAs(request.Case), now, PolicyTexts.For(revised)),
        ];
    }

    public static void MapReviseRequest(this RouteGroupBuilder group) => group.MapPut("/{id:guid}", Handle).WithName("ReviseRequest")
        .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .WithSummary("Revise a request (the requester, while it is open)").AcceptsIfMatch();

    private static async Task<Results<Ok<RequestAccepted>, ValidationProblem, ProblemHttpResult>> Handle(
        Guid id, BusinessCaseBody body, CurrentUser user, HttpContext http, IDocumentSession session, TimeProvider clock,
        CancellationToken ct)
    {
        var errors = new FieldErrors();
        var revised = BusinessCaseRules.Validate(body, user.UserId, errors);
        if (revised is null) return errors.Problem();
        if (await HandleUniqueness.HolderOf(session, revised, id, ct) is { } holder)
            return holder.Conflict(revised.Platform.ToString(), revised.Handle);

        AccountRequest? before = null;
        var version = await session.Decide<AccountRequest>(id, http.Request.ExpectedVersion(),
            request => Decide(before = request, user.UserId, revised, ScreeningPolicy.Current, clock.GetUtcNow()), ct);
        http.Response.SetETag(version);
        return TypedResults.Ok(new RequestAccepted(id, RequestStatus.Submitted,
            ScreeningPolicy.Current.RequiresFullDpia(revised.DpiaScreening), version, before!.Revision + 1));
    }
}
