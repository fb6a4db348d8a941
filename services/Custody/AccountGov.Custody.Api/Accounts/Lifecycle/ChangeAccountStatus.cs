using AccountGov.Custody.Api.Accounts.Reading;
using AccountGov.EventSourcing.Writing;
using AccountGov.ServiceDefaults.Auth;
using AccountGov.ServiceDefaults.Errors;
using AccountGov.ServiceDefaults.OpenApi;
using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using AccountGov.ServiceDefaults.Validation;

namespace AccountGov.Custody.Api.Accounts.Lifecycle;

public sealed record ReasonBody(string? Reason);

/// <summary>
/// POST /accounts/{id}/suspend and /reactivate (BD): Active ⇄ Suspended. A suspended account is not used for
/// posting but its credential stays reachable, since closing or archiving it may need the login (IG31 §8.2).
/// Once decommissioning has started, only finishing the checklist moves the account on.
/// </summary>
public static class ChangeAccountStatus
{
    public static IReadOnlyList<object> Suspend(Account account, CurrentUser user, string reason, DateTimeOffset now) =>
        account.Status switch
        {
            AccountStatus.Active => [new AccountSuspended(account.Id, user.UserId, reason, now)],
            AccountStatus.Suspended => throw new RuleViolation("The account is already suspended."),
            _ => throw new RuleViolation("The account is decommissioned."),
        };

    public static IReadOnlyList<object> Reactivate(Account account, CurrentUser user, string reason, DateTimeOffset now)
    {
        if (account.Status != AccountStatus.Suspended) throw new RuleViolation("Only a suspended account can be reactivated.");
        if (account.Decommissioning is not null) throw new RuleViolation("Decommissioning has started; the account cannot be reactivated.");
        return [new AccountReactivated(account.Id, user.UserId, reason, now)];
    }

    public static FieldErrors ValidateReason(string? reason)
    {
        var errors = new FieldErrors();
        errors.Required("reason", reason, 500, "A reason of at most 500 characters is required.");
        return errors;
    }

    public static void MapChangeAccountStatus(this RouteGroupBuilder group)
    {
        group.MapPost("/{id:guid}/suspend", (Guid id, ReasonBody body, CurrentUser user, IDocumentSession session, TimeProvider clock,
                HttpRequest request, HttpResponse response, CancellationToken ct) =>
            Handle(id, body, (a, r, now) => Suspend(a, user, r, now), session, clock, request, response, ct))
            .RequireAuthorization(Roles.BusinessDevelopment)
            .WithSummary("Suspend an account").AcceptsIfMatch();
        group.MapPost("/{id:guid}/reactivate", (Guid id, ReasonBody body, CurrentUser user, IDocumentSession session, TimeProvider clock,
                HttpRequest request, HttpResponse response, CancellationToken ct) =>
            Handle(id, body, (a, r, now) => Reactivate(a, user, r, now), session, clock, request, response, ct))
            .RequireAuthorization(Roles.BusinessDevelopment)
            .WithSummary("Reactivate a suspended account").AcceptsIfMatch();
    }

    public static async Task<Results<Ok<Contracts.AccountDetails>, ValidationProblem>> Handle(
        Guid id, ReasonBody body, Func<Account, string, DateTimeOffset, IReadOnlyList<object>> decide, IDocumentSession session,
        TimeProvider clock, HttpRequest request, HttpResponse response, CancellationToken ct)
    {
        var errors = ValidateReason(body.Reason);
        if (errors.Any) return errors.Problem();
        var (account, version) = await session.Write<Account>(id, request.ExpectedVersion(), a => decide(a, body.Reason!.Trim(), clock.GetUtcNow()), ct);
        response.SetETag(version);
        return TypedResults.Ok(account.ToDetails(version));
    }
}
