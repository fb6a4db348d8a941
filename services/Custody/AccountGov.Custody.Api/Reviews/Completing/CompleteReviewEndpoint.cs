using AccountGov.EventSourcing.Writing;
using AccountGov.ServiceDefaults.Auth;
using AccountGov.ServiceDefaults.OpenApi;
using AccountGov.ServiceDefaults.Validation;
using Microsoft.AspNetCore.Http.HttpResults;
using Contracts = AccountGov.Custody.Contracts;

namespace AccountGov.Custody.Api.Reviews.Completing;

/// <summary>
/// POST /accounts/{id}/reviews/{reviewId}/completion: a custodian or the sponsor records the review. Shapes are
/// checked here (400 with field errors); whether the review may end that way is CompleteReview's (409, 403).
/// </summary>
public static class CompleteReviewEndpoint
{
    public const int MaxTasks = 20;
    public const int MaxText = 2000;

    public static void MapCompleteReview(this IEndpointRouteBuilder app) =>
        app.MapPost("/accounts/{id:guid}/reviews/{reviewId:guid}/completion", Handle).WithTags("Reviews").RequireAuthorization()
            .WithSummary("Record a review: confirmed, changes needed (with tasks) or decommission (IG31 §8.2, CO23 §3.4)")
            .AcceptsIfMatch();

    public static ReviewAnswers? Validate(Contracts.ReviewCompletionBody body, FieldErrors errors)
    {
        if (!FieldErrors.TryParseName<ReviewOutcome>(body.Outcome, ignoreCase: false, out var outcome))
            errors.Add("outcome", "The outcome must be Confirmed, ChangesNeeded or Decommission.");
        errors.AtMost("findings", body.Findings, MaxText, $"The findings may be at most {MaxText} characters.");
        if (body.ContentChecked == true && string.IsNullOrWhiteSpace(body.Findings))
            errors.Add("findings", "Say what the content check found (IG31 §8.2), even if it found nothing wrong.");
        var tasks = (body.Tasks ?? []).Select(t => t?.Trim() ?? "").ToArray();
        if (tasks.Length > MaxTasks) errors.Add("tasks", $"At most {MaxTasks} tasks.");
        else if (tasks.Any(t => t.Length == 0 || t.Length > 500)) errors.Add("tasks", "Each task must be non-empty text of at most 500 characters.");
        if (tasks.Length > 0 && !errors.Has("outcome") && outcome != ReviewOutcome.ChangesNeeded)
            errors.Add("tasks", "Tasks belong only to a review whose outcome is that changes are needed.");
        if (errors.Any) return null;
        return new ReviewAnswers(outcome, body.StillNeeded, body.DisclaimerDisplayed, body.ContentChecked, body.Findings?.Trim(),
            body.MembershipReviewed, body.ConditionMet, tasks.Distinct(StringComparer.Ordinal).ToArray());
    }

    private static async Task<Results<Ok<Contracts.ReviewDetails>, ValidationProblem>> Handle(
        Guid id, Guid reviewId, Contracts.ReviewCompletionBody body, CurrentUser user, ReviewWrites writes, ReviewOptions options,
        HttpRequest request, HttpResponse response, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var expected = request.ExpectedVersion();
        if (Validate(body, errors) is not { } answers) return errors.Problem();
        var review = await writes.Write(id, reviewId, expected,
            (r, a, today, now) => CompleteReview.Decide(r, a, user, answers, options.RotationPeriod, today, now), ct);
        response.SetETag(review.Version);
        return TypedResults.Ok(review);
    }
}
