using AccountGov.AccountRequests.Api.Requests.Validating;
using AccountGov.AccountRequests.Contracts.Http;
using AccountGov.EventSourcing.Writing;
using AccountGov.ServiceDefaults.Auth;
using AccountGov.ServiceDefaults.Errors;
using AccountGov.ServiceDefaults.OpenApi;
using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using AccountGov.ServiceDefaults.Validation;

namespace AccountGov.AccountRequests.Api.Requests.AttachingDpia;

/// <summary>
/// The requester attaches the full (Stage 2) DPIA that a "Yes" in the BLMK Appendix 2 screening requires.
/// Attaching again replaces it (e.g. after ChangesRequested); each attachment is kept in the stream.
/// </summary>
public static class AttachDpia
{
    public static IReadOnlyList<object> Decide(AccountRequest request, string userId, FullDpia dpia, DateTimeOffset now)
    {
        Requester.EnsureIsRequester(request, userId);
        if (!request.IsOpen)
            throw new RuleViolation($"A DPIA can only be attached before a decision; this request is {request.Status}.");
        if (!request.DpiaRequired)
            throw new RuleViolation("The screening did not require a full DPIA for this request.");
        return [new DpiaAttached(request.Id, request.Revision, dpia, userId, now)];
    }

    public static void MapAttachDpia(this RouteGroupBuilder group) => group.MapPost("/{id:guid}/dpia", Handle).WithName("AttachDpia")
        .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .WithSummary("Attach the full DPIA that screening asked for").AcceptsIfMatch();

    private static async Task<Results<Ok<RequestAccepted>, ValidationProblem>> Handle(
        Guid id, DpiaBody body, CurrentUser user, HttpContext http, IDocumentSession session, TimeProvider clock, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var dpia = DpiaRules.Validate(body, errors);
        if (dpia is null) return errors.Problem();

        AccountRequest? request = null;
        var version = await session.Decide<AccountRequest>(id, http.Request.ExpectedVersion(),
            r => Decide(request = r, user.UserId, dpia, clock.GetUtcNow()), ct);
        http.Response.SetETag(version);
        return TypedResults.Ok(new RequestAccepted(id, request!.Status, true, version, request.Revision));
    }
}
