using AccountGov.Custody.Api.Accounts.Lifecycle;
using AccountGov.Custody.Api.Accounts.Reading;
using AccountGov.Custody.Api.Hr;
using AccountGov.EventSourcing.Writing;
using AccountGov.ServiceDefaults.Auth;
using AccountGov.ServiceDefaults.Errors;
using AccountGov.ServiceDefaults.OpenApi;
using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using NotFound = AccountGov.ServiceDefaults.Errors.NotFound;
using AccountGov.ServiceDefaults.Validation;

namespace AccountGov.Custody.Api.Accounts.Custodians;

public sealed record ReplacementBody(string? UserId, string? Name);
public sealed record RemoveCustodianBody(string? Reason, ReplacementBody? Replacement);

/// <summary>
/// POST /accounts/{id}/custodians/{userId}/removal (BD). Every live account keeps at least one Active custodian
/// (architecture.md: the custody invariant), so the last one cannot be removed without naming another. A removed
/// Primary's place goes to the named replacement, else to the first Active deputy.
/// </summary>
public static class RemoveCustodian
{
    public static IReadOnlyList<object> Decide(
        Account account, string userId, Custodian? replacement, string reason, CurrentUser user, DateTimeOffset now,
        StaffMember? replacementStaff = null)
    {
        if (account.Status == AccountStatus.Decommissioned) throw new RuleViolation("The account is decommissioned.");
        var removed = account.CustodianOf(userId) ?? throw new NotFound("Custodian");
        if (replacement is not null && account.CustodianOf(replacement.UserId) is not null)
            throw new RuleViolation("The replacement is already a custodian of this account.");
        if (replacement is not null) CustodianEligibility.Check(account, replacement.UserId, replacementStaff, user);

        var remaining = account.Custodians.Where(c => c.UserId != userId).ToList();
        if (replacement is null && remaining.All(c => c.Status != CustodianStatus.Active))
            throw new RuleViolation("This is the last active custodian: name another custodian to take over.");

        var events = new List<object> { new CustodianRemoved(account.Id, userId, user.UserId, reason, now) };
        if (replacement is not null)
        {
            var role = removed.Role == CustodianRole.Primary ? CustodianRole.Primary : CustodianRole.Deputy;
            events.Add(new CustodianAdded(account.Id, replacement with { Role = role }, user.UserId, reason, now));
        }
        else if (removed.Role == CustodianRole.Primary)
        {
            var successor = remaining.First(c => c.Status == CustodianStatus.Active);
            events.Add(new CustodianRoleChanged(account.Id, successor.UserId, CustodianRole.Primary, user.UserId, now));
        }
        return events;
    }

    public static void MapRemoveCustodian(this RouteGroupBuilder group) =>
        group.MapPost("/{id:guid}/custodians/{userId}/removal", Handle).RequireAuthorization(Roles.BusinessDevelopment)
            .WithSummary("Remove a custodian, naming a replacement when they are the last").AcceptsIfMatch();

    private static async Task<Results<Ok<Contracts.AccountDetails>, ValidationProblem>> Handle(
        Guid id, string userId, RemoveCustodianBody body, CurrentUser user, IDocumentSession session, TimeProvider clock,
        HttpRequest request, HttpResponse response, CancellationToken ct)
    {
        var errors = ChangeAccountStatus.ValidateReason(body.Reason);
        if (body.Replacement is { } r) AddCustodian.Validate(r.UserId, r.Name, "replacement.userId", "replacement.name", errors);
        if (errors.Any) return errors.Problem();

        var replacement = body.Replacement is { } b
            ? new Custodian(b.UserId!.Trim(), b.Name!.Trim(), CustodianRole.Deputy, CustodianStatus.Active)
            : null;
        var replacementStaff = replacement is null ? null : await session.LoadAsync<StaffMember>(StreamIds.ForStaff(replacement.UserId), ct);
        var (account, version) = await session.Write<Account>(id, request.ExpectedVersion(),
            a => Decide(a, userId, replacement, body.Reason!.Trim(), user, clock.GetUtcNow(), replacementStaff), ct);
        response.SetETag(version);
        return TypedResults.Ok(account.ToDetails(version));
    }
}
