using AccountGov.Approvals.Api.Cases.Deadlines;
using AccountGov.Approvals.Api.Cases.Reading;
using AccountGov.Approvals.Contracts;
using AccountGov.EventSourcing.Writing;
using AccountGov.ServiceDefaults.Auth;
using AccountGov.ServiceDefaults.Errors;
using AccountGov.ServiceDefaults.OpenApi;
using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using AccountGov.ServiceDefaults.Validation;

namespace AccountGov.Approvals.Api.Cases.Deciding;

/// <summary>IG31 §8: Business Development considers the business case and authorises (or not) the account.</summary>
public static class DecideRequest
{
    public const int MaxConditions = 20;
    public const int MaxConditionLength = 500;

    public static IReadOnlyList<object> Decide(
        Case c, DecisionOutcome outcome, string? comment, IReadOnlyList<string> conditions, CurrentUser user, DateTimeOffset now,
        ReviewTerms? terms = null)
    {
        CaseRules.EnsureNotRequester(c, user);
        // Separation of duties: the sponsor endorsed the request, so the authorising decision must be someone else's.
        if (user.UserId == c.Request.Sponsor.UserId)
            throw new AccessDenied("The sponsor of a request cannot take the Business Development decision on it.");
        CaseRules.EnsureNotCustodian(c, user);
        // BD may send any open case back to the requester, whatever stage it is in (a wrong sponsor, a case that
        // cannot go on as written); approving or rejecting waits for the earlier stages.
        if (outcome == DecisionOutcome.ChangesRequested)
        {
            if (c.Status != CaseStatus.Open)
                throw new RuleViolation($"The case is {c.Status}; only an open case can be sent back to the requester.");
            return [new CaseChangesRequested(c.Id, user.UserId, comment!.Trim(), now, c.CurrentStage)];
        }
        CaseRules.EnsureActionable(c, StageName.BusinessDevelopmentDecision);

        terms ??= ReviewTerms.Default;
        return outcome switch
        {
            DecisionOutcome.Approved =>
            [
                // Every condition's text stays in Conditions, dated or not, so readers of the list alone miss none.
                new CaseApproved(c.Id, c.Request.Team, c.Request.Platform, c.Request.Handle, c.Request.Sponsor,
                    c.Request.Custodians, conditions.Union(terms.DatedConditions.Select(d => d.Text), StringComparer.Ordinal).ToArray(),
                    user.UserId, CaseRules.Clean(comment), now, terms.ReviewIntervalMonths, c.Request.MembershipReviewCadence,
                    terms.DatedConditions, c.Request.AccountType, c.Request.Partner),
            ],
            _ => [new CaseRejected(c.Id, StageName.BusinessDevelopmentDecision, user.UserId, comment!.Trim(), now)],
        };
    }

    public static Dictionary<string, string[]> Validate(DecisionBody body, out DecisionOutcome outcome, out IReadOnlyList<string> conditions) =>
        Validate(body, DateOnly.MinValue, out outcome, out conditions, out _);

    public static Dictionary<string, string[]> Validate(
        DecisionBody body, DateOnly today, out DecisionOutcome outcome, out IReadOnlyList<string> conditions, out ReviewTerms terms)
    {
        var errors = new FieldErrors();
        if (!CaseRules.TryParseName(body.Outcome, out outcome))
            errors.Add("outcome", "The outcome must be Approved, Rejected or ChangesRequested.");
        var needsComment = !errors.Has("outcome") && outcome != DecisionOutcome.Approved;
        CaseRules.RequireComment(errors, body.Comment, needsComment, $"A comment is required when the outcome is {outcome}.");

        conditions = (body.Conditions ?? []).Select(x => x?.Trim() ?? "").ToArray();
        if (conditions.Count > 0 && !errors.Has("outcome") && outcome != DecisionOutcome.Approved)
            errors.Add("conditions", "Conditions can only be attached to an approval.");
        else if (conditions.Count > MaxConditions)
            errors.Add("conditions", $"At most {MaxConditions} conditions.");
        else if (conditions.Any(string.IsNullOrEmpty) || conditions.Any(x => x.Length > MaxConditionLength))
            errors.Add("conditions", $"Each condition must be non-empty text of at most {MaxConditionLength} characters.");
        else
            conditions = conditions.Distinct(StringComparer.Ordinal).ToArray();
        terms = ReviewTerms.Validate(body, errors.Has("outcome") || outcome == DecisionOutcome.Approved, today, errors);
        return errors.ToDictionary();
    }

    public static void MapDecideRequest(this RouteGroupBuilder group) =>
        group.MapPost("/{requestId:guid}/decision", Handle).RequireAuthorization(Roles.BusinessDevelopment)
            .WithSummary("Record Business Development's decision on a case").AcceptsIfMatch();

    private static async Task<Results<Ok<CaseDetails>, ValidationProblem>> Handle(
        Guid requestId, DecisionBody body, CurrentUser user, IDocumentSession session, HttpContext http,
        TimeProvider clock, DeadlinePolicy deadlines, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var errors = Validate(body, deadlines.Today(now), out var outcome, out var conditions, out var terms);
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors);
        // Without If-Match the read version is still checked at commit: of two officers deciding at once, one
        // commits and the other gets 412 (or 409 once it sees the decision) - never a second decision.
        await session.Decide<Case>(requestId, http.Request.ExpectedVersion(), c => Decide(c, outcome, body.Comment, conditions, user, now, terms), ct);
        return TypedResults.Ok(await CaseView.Reload(session, requestId, http.Response, deadlines.Today(now), ct));
    }
}
