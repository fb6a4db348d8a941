using AccountGov.Approvals.Api.Cases.Deadlines;
using AccountGov.Approvals.Api.Cases.Reading;
using AccountGov.Approvals.Api.Cases.Routing;
using AccountGov.Approvals.Contracts;
using AccountGov.EventSourcing.Writing;
using AccountGov.ServiceDefaults.Auth;
using AccountGov.ServiceDefaults.OpenApi;
using AccountGov.ServiceDefaults.Errors;
using AccountGov.ServiceDefaults.Validation;
using Marten;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AccountGov.Approvals.Api.Cases.ReplacingSponsor;

/// <summary>
/// IG31 §5: the prior approval must come from a Senior Manager or Director. When the person named cannot give it (not a
/// senior manager, away, the wrong person), the requester or Business Development names another sponsor while the
/// endorsement is pending, instead of withdrawing and resubmitting. The new sponsor owes it on a fresh clock; the
/// previous one can no longer endorse. The separation of duties of the business case still holds.
/// </summary>
public static class ReplaceSponsor
{
    public const int MaxUserIdLength = 100, MaxNameLength = 200;

    public sealed record NewSponsor(string UserId, string Name, string Email);

    public static IReadOnlyList<object> Decide(Case c, NewSponsor sponsor, CurrentUser user, DateTimeOffset now, DeadlinePolicy deadlines)
    {
        if (user.UserId != c.Request.Requester.UserId && !user.IsIn(Roles.BusinessDevelopment))
            throw new AccessDenied("Only the requester or Business Development may replace the sponsor.");
        if (c.Status != CaseStatus.Open || c.CurrentStage != StageName.SponsorEndorsement)
            throw new RuleViolation("The sponsor can only be replaced while the endorsement is pending.");
        if (Same(sponsor.UserId, c.Request.Requester.UserId))
            throw new InvalidInput("userId", "The requester cannot sponsor their own request.");
        if (c.Request.Custodians.Any(x => Same(x.UserId, sponsor.UserId)))
            throw new InvalidInput("userId", "A custodian named on the request cannot also be its sponsor.");
        if (Same(sponsor.UserId, c.Request.Sponsor.UserId))
            throw new InvalidInput("userId", "This person is already the sponsor.");

        var replaced = new CaseSponsorReplaced(c.Id, c.Request.Sponsor, new Party(sponsor.UserId, sponsor.Name), sponsor.Email,
            user.UserId, null, now);
        return [replaced with { Started = RoutingPolicy.NextToStart(c.Apply(replaced), now, deadlines) }];
    }

    /// <summary>The same rules as a sponsor named on the business case: an id without spaces, a name, a work email.</summary>
    public static NewSponsor? Validate(SponsorBody body, FieldErrors errors)
    {
        var userId = errors.Text("userId", body.UserId, MaxUserIdLength);
        if (userId.Any(char.IsWhiteSpace)) errors.Add("userId", "A user id has no spaces.");
        var name = errors.Text("name", body.Name, MaxNameLength);
        var email = errors.Email("email", body.Email);
        return errors.Any ? null : new NewSponsor(userId, name, email);
    }

    // Directory ids are matched without regard to case, as AccountRequests matches them on the business case.
    private static bool Same(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);

    public static void MapReplaceSponsor(this RouteGroupBuilder group) =>
        group.MapPut("/{requestId:guid}/sponsor", Handle).RequireAuthorization()
            .WithSummary("Name a different sponsor while the endorsement is pending (the requester or BD)")
            .AcceptsIfMatch();

    private static async Task<Results<Ok<CaseDetails>, ValidationProblem>> Handle(
        Guid requestId, SponsorBody body, CurrentUser user, IDocumentSession session, HttpContext http,
        TimeProvider clock, DeadlinePolicy deadlines, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var sponsor = Validate(body, errors);
        if (sponsor is null) return errors.Problem();
        var now = clock.GetUtcNow();
        await session.Decide<Case>(requestId, http.Request.ExpectedVersion(), c => Decide(c, sponsor, user, now, deadlines), ct);
        return TypedResults.Ok(await CaseView.Reload(session, requestId, http.Response, deadlines.Today(now), ct));
    }
}
