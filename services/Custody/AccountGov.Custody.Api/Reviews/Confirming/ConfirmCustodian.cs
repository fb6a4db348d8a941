using AccountGov.Custody.Api.Accounts;
using AccountGov.EventSourcing.Writing;
using AccountGov.ServiceDefaults.Auth;
using AccountGov.ServiceDefaults.Errors;
using AccountGov.ServiceDefaults.OpenApi;
using Contracts = AccountGov.Custody.Contracts;

namespace AccountGov.Custody.Api.Reviews.Confirming;

/// <summary>
/// POST /accounts/{id}/reviews/{reviewId}/confirmations: an Active custodian confirms, for themselves, that they are
/// still the right person to hold the account (IG31 §8.1, MECCG139 §6). An account review is confirmed only when
/// every Active custodian has. A second confirmation by the same person changes nothing.
/// </summary>
public static class ConfirmCustodian
{
    public static IReadOnlyList<StreamAppend> Decide(Review review, Account account, string userId, DateTimeOffset now)
    {
        if (!review.IsOpen) throw new RuleViolation($"The review is {review.Status}; only a due review can be confirmed.");
        if (review.Kind != ReviewKind.Account) throw new RuleViolation("Custodians confirm themselves on the account review only.");
        if (!account.IsActiveCustodian(userId))
            throw new AccessDenied("Only an active custodian of the account confirms they are still its custodian.");
        return review.Confirmed.Contains(userId)
            ? []
            : [new StreamAppend(review.Id, review.Version, [new ReviewCustodianConfirmed(review.Id, review.AccountId, userId, now)])];
    }

    public static void MapConfirmCustodian(this IEndpointRouteBuilder app) =>
        app.MapPost("/accounts/{id:guid}/reviews/{reviewId:guid}/confirmations", Handle).WithTags("Reviews").RequireAuthorization()
            .WithSummary("Confirm you are still the right custodian of the account under review").AcceptsIfMatch();

    private static async Task<Microsoft.AspNetCore.Http.HttpResults.Ok<Contracts.ReviewDetails>> Handle(
        Guid id, Guid reviewId, CurrentUser user, ReviewWrites writes, HttpRequest request, HttpResponse response, CancellationToken ct)
    {
        var review = await writes.Write(id, reviewId, request.ExpectedVersion(), (r, a, _, now) => Decide(r, a, user.UserId, now), ct);
        response.SetETag(review.Version);
        return TypedResults.Ok(review);
    }
}
