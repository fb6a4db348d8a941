using AccountGov.Approvals.Api.Cases.Deadlines;
using AccountGov.Approvals.Api.Cases.Reading;
using AccountGov.Approvals.Api.Cases.Routing;
using AccountGov.Approvals.Contracts;
using AccountGov.EventSourcing.Writing;
using AccountGov.ServiceDefaults.Auth;
using AccountGov.ServiceDefaults.Errors;
using AccountGov.ServiceDefaults.OpenApi;
using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using AccountGov.ServiceDefaults.Validation;

namespace AccountGov.Approvals.Api.Cases.ReviewingDpia;

/// <summary>
/// BLMK Appendix 2 (Stage 2) and IG31 §6.1: Information Governance reviews the full DPIA. Accepted moves the case on;
/// ChangesRequested sends the DPIA back to the requester to amend (the review resumes when it is attached again);
/// Rejected ends the request. Accepting a High residual risk needs IG's comment on why it is acceptable.
/// </summary>
public static class ReviewDpia
{
    public const string HighResidualRisk = "High";

    public static IReadOnlyList<object> Decide(Case c, DpiaReviewOutcome outcome, string? comment, CurrentUser user, DateTimeOffset now, DeadlinePolicy deadlines)
    {
        CaseRules.EnsureNotRequester(c, user);
        CaseRules.EnsureNotSponsor(c, user);
        CaseRules.EnsureActionable(c, StageName.DpiaReview);
        if (!c.DpiaAttached)
            throw new RuleViolation("The full DPIA has not been attached yet; it can be reviewed once the requester attaches it.");

        if (outcome == DpiaReviewOutcome.Rejected)
            return [new CaseRejected(c.Id, StageName.DpiaReview, user.UserId, comment!.Trim(), now)];
        if (outcome == DpiaReviewOutcome.ChangesRequested)
            return [new DpiaReviewChangesRequested(c.Id, user.UserId, comment!.Trim(), now)];
        if (c.DpiaResidualRisk == HighResidualRisk && CaseRules.Clean(comment) is null)
            throw new InvalidInput("comment", "A comment is required to accept a DPIA whose residual risk is High: say why the risk is acceptable.");
        var accepted = new DpiaReviewAccepted(c.Id, user.UserId, CaseRules.Clean(comment), null, now);
        return [accepted with { Started = RoutingPolicy.NextToStart(c.Apply(accepted), now, deadlines) }];
    }

    public static Dictionary<string, string[]> Validate(DpiaReviewBody body, out DpiaReviewOutcome outcome)
    {
        var errors = new FieldErrors();
        if (!CaseRules.TryParseName(body.Outcome, out outcome))
            errors.Add("outcome", "The outcome must be Accepted, ChangesRequested or Rejected.");
        CaseRules.RequireComment(errors, body.Comment, outcome != DpiaReviewOutcome.Accepted && !errors.Has("outcome"),
            outcome == DpiaReviewOutcome.Rejected ? "A reason is required when the DPIA is rejected."
                : "Say what the requester must change in the DPIA.");
        return errors.ToDictionary();
    }

    public static void MapReviewDpia(this RouteGroupBuilder group) =>
        group.MapPost("/{requestId:guid}/dpia-review", Handle).RequireAuthorization(Roles.InformationGovernance)
            .WithSummary("Record Information Governance's review of the DPIA").AcceptsIfMatch();

    private static async Task<Results<Ok<CaseDetails>, ValidationProblem>> Handle(
        Guid requestId, DpiaReviewBody body, CurrentUser user, IDocumentSession session, HttpContext http,
        TimeProvider clock, DeadlinePolicy deadlines, CancellationToken ct)
    {
        var errors = Validate(body, out var outcome);
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors);
        var now = clock.GetUtcNow();
        await session.Decide<Case>(requestId, http.Request.ExpectedVersion(), c => Decide(c, outcome, body.Comment, user, now, deadlines), ct);
        return TypedResults.Ok(await CaseView.Reload(session, requestId, http.Response, deadlines.Today(now), ct));
    }
}
