using AccountGov.Custody.Api.Accounts;
using AccountGov.Custody.Api.BreakGlass.Reading;
using AccountGov.Custody.Api.Credentials.Revealing;
using AccountGov.EventSourcing.Idempotency;
using AccountGov.EventSourcing.Writing;
using AccountGov.ServiceDefaults.Auth;
using AccountGov.ServiceDefaults.Errors;
using AccountGov.ServiceDefaults.OpenApi;
using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using NotFound = AccountGov.ServiceDefaults.Errors.NotFound;

namespace AccountGov.Custody.Api.BreakGlass.Opening;

public sealed record OpenBreakGlassRequest(string? Reason);

/// <summary>
/// POST /accounts/{id}/break-glass (BD): asks for emergency access, with a reason. A second officer must approve.
/// Starts the grant's own stream. If-Match is the account's ETag (the caller read the account, the grant does not
/// exist yet), checked when the account is read; the answer's ETag is the new grant's version, for approve.
/// </summary>
public static class OpenBreakGlass
{
    public static IReadOnlyList<object> Decide(Account account, CurrentUser user, Guid breakGlassId, string reason, TimeSpan window, DateTimeOffset now)
    {
        if (account.Status == AccountStatus.Decommissioned) throw new RuleViolation("The account is decommissioned.");
        return [new BreakGlassOpened(account.Id, breakGlassId, user.UserId, user.Name, reason, now, now + window)];
    }

    public static void MapOpenBreakGlass(this RouteGroupBuilder group) =>
        group.MapPost("/{id:guid}/break-glass", Handle).RequireAuthorization(Roles.BusinessDevelopment)
            .WithIdempotency<OpenBreakGlassRequest>()
            .WithSummary("Ask for emergency access to an account's credential (needs a second officer)").AcceptsIfMatch();

    private static async Task<Results<Created<Contracts.BreakGlassDetails>, ValidationProblem>> Handle(
        Guid id, OpenBreakGlassRequest body, CurrentUser user, IDocumentSession session, BreakGlassOptions options, TimeProvider clock,
        HttpRequest request, HttpResponse response, CancellationToken ct)
    {
        var errors = RevealCredential.Validate(body.Reason);
        if (errors.Any) return errors.Problem();

        var breakGlassId = Guid.CreateVersion7();
        var now = clock.GetUtcNow();
        var location = $"/accounts/{id}/break-glass/{breakGlassId}";
        var account = (await DecideAndAppend.Fetch<Account>(session, id, request.ExpectedVersion(), ct)).Aggregate ?? throw new NotFound("Account");
        var events = Decide(account, user, breakGlassId, body.Reason!.Trim(), options.Window, now);
        var grant = BreakGlassGrant.Start(events[0]).ToDetails(now);
        // A retry with the same Idempotency-Key gets this answer back instead of opening a second request.
        request.HttpContext.Remember(session, StatusCodes.Status201Created, location, grant, ETags.For(events.Count));
        var version = await session.Start<BreakGlassGrant>(StreamIds.ForBreakGlass(id, breakGlassId), events, ct);
        response.SetETag(version);
        return TypedResults.Created(location, grant);
    }
}
