using AccountGov.AccountRequests.Api.Requests.Policies;
using AccountGov.AccountRequests.Api.Requests.Screening;
using AccountGov.AccountRequests.Api.Requests.Uniqueness;
using AccountGov.AccountRequests.Api.Requests.Validating;
using AccountGov.AccountRequests.Contracts.Http;
using AccountGov.EventSourcing.Idempotency;
using AccountGov.EventSourcing.Writing;
using AccountGov.ServiceDefaults.Auth;
using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using AccountGov.ServiceDefaults.Validation;

namespace AccountGov.AccountRequests.Api.Requests.Submitting;

/// <summary>Any member of staff submits a business case (IG31 §8); the caller becomes the requester.</summary>
public static class SubmitRequest
{
    public static RequestSubmitted Decide(Guid id, Person requester, BusinessCase businessCase, ScreeningPolicy policy, DateTimeOffset now) =>
        new(id, requester, businessCase, policy.RequiresFullDpia(businessCase.DpiaScreening), policy.Reference, now,
            PolicyTexts.For(businessCase));

    public static void MapSubmitRequest(this RouteGroupBuilder group) =>
        group.MapPost("/", Handle).WithName("SubmitRequest").WithIdempotency<BusinessCaseBody>()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Submit a business case for a new official account");

    private static async Task<Results<Created<RequestAccepted>, ValidationProblem, ProblemHttpResult>> Handle(
        BusinessCaseBody body, CurrentUser user, HttpContext http, IDocumentSession session, TimeProvider clock, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var businessCase = BusinessCaseRules.Validate(body, user.UserId, errors);
        if (businessCase is null) return errors.Problem();
        if (await HandleUniqueness.HolderOf(session, businessCase, null, ct) is { } holder)
            return holder.Conflict(businessCase.Platform.ToString(), businessCase.Handle);

        var id = Guid.CreateVersion7();
        var submitted = Decide(id, Requester.From(user, http), businessCase, ScreeningPolicy.Current, clock.GetUtcNow());
        // A new stream's version is its event count, so the response is known before the commit and a retry
        // with the same Idempotency-Key can be answered from the same transaction.
        const long version = 1;
        var accepted = new RequestAccepted(id, RequestStatus.Submitted, submitted.DpiaRequired, version, 1);
        http.Remember(session, StatusCodes.Status201Created, $"/requests/{id}", accepted, ETags.For(version));
        await session.Start<AccountRequest>(id, [submitted], ct);
        http.Response.SetETag(version);
        return TypedResults.Created($"/requests/{id}", accepted);
    }
}
