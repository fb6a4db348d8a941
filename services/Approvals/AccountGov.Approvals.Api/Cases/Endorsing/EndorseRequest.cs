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

namespace AccountGov.Approvals.Api.Cases.Endorsing;

/// <summary>IG31 §5: prior approval from a Senior Manager or Director, given by the sponsor named on the request.</summary>
public static class EndorseRequest
{
    public static IReadOnlyList<object> Decide(Case c, EndorsementBody body, CurrentUser user, DateTimeOffset now, DeadlinePolicy deadlines)
    {
        CaseRules.EnsureNotRequester(c, user);
        if (user.UserId != c.Request.Sponsor.UserId)
            throw new AccessDenied("Only the sponsor named on the request may endorse it.");
        if (!user.IsIn(Roles.SeniorManager))
            throw new AccessDenied("The sponsor must hold the SeniorManager role to endorse a request.");
        CaseRules.EnsureActionable(c, StageName.SponsorEndorsement);

        if (body.Endorsed != true)
            return [new CaseRejected(c.Id, StageName.SponsorEndorsement, user.UserId, body.Comment!.Trim(), now)];
        var endorsed = new SponsorEndorsed(c.Id, user.UserId, CaseRules.Clean(body.Comment), null, now);
        return [endorsed with { Started = RoutingPolicy.NextToStart(c.Apply(endorsed), now, deadlines) }];
    }

    public static Dictionary<string, string[]> Validate(EndorsementBody body)
    {
        var errors = new FieldErrors();
        if (body.Endorsed is null) errors.Add("endorsed", "Say whether you endorse the request (true or false).");
        CaseRules.RequireComment(errors, body.Comment, body.Endorsed == false, "A reason is required when declining to endorse.");
        return errors.ToDictionary();
    }

    public static void MapEndorseRequest(this RouteGroupBuilder group) =>
        group.MapPost("/{requestId:guid}/endorsement", Handle).RequireAuthorization(Roles.SeniorManager)
            .WithSummary("Endorse (or refuse) a request as its named sponsor").AcceptsIfMatch();

    private static async Task<Results<Ok<CaseDetails>, ValidationProblem>> Handle(
        Guid requestId, EndorsementBody body, CurrentUser user, IDocumentSession session, HttpContext http,
        TimeProvider clock, DeadlinePolicy deadlines, CancellationToken ct)
    {
        var errors = Validate(body);
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors);
        var now = clock.GetUtcNow();
        await session.Decide<Case>(requestId, http.Request.ExpectedVersion(), c => Decide(c, body, user, now, deadlines), ct);
        return TypedResults.Ok(await CaseView.Reload(session, requestId, http.Response, deadlines.Today(now), ct));
    }
}
