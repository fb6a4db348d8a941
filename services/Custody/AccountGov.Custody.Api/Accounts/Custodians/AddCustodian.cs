using AccountGov.Custody.Api.Accounts.Reading;
using AccountGov.Custody.Api.Hr;
using AccountGov.EventSourcing.Writing;
using AccountGov.ServiceDefaults.Auth;
using AccountGov.ServiceDefaults.Errors;
using AccountGov.ServiceDefaults.OpenApi;
using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using AccountGov.ServiceDefaults.Validation;

namespace AccountGov.Custody.Api.Accounts.Custodians;

public sealed record AddCustodianBody(string? UserId, string? Name, string? Role, string? Reason);

/// <summary>
/// POST /accounts/{id}/custodians (BD): names another custodian (BLMK §5.1: managers name the staff who manage an
/// account). Naming a new Primary makes the old Primary a Deputy, so there is always exactly one Primary.
/// </summary>
public static class AddCustodian
{
    public static IReadOnlyList<object> Decide(
        Account account, Custodian custodian, string reason, CurrentUser user, DateTimeOffset now, StaffMember? candidate = null)
    {
        if (account.Status == AccountStatus.Decommissioned) throw new RuleViolation("The account is decommissioned.");
        if (account.CustodianOf(custodian.UserId) is not null) throw new RuleViolation("That person is already a custodian of this account.");
        CustodianEligibility.Check(account, custodian.UserId, candidate, user);
        var events = new List<object>();
        if (custodian.Role == CustodianRole.Primary)
            events.AddRange(account.Custodians.Where(c => c.Role == CustodianRole.Primary)
                .Select(c => new CustodianRoleChanged(account.Id, c.UserId, CustodianRole.Deputy, user.UserId, now)));
        events.Add(new CustodianAdded(account.Id, custodian, user.UserId, reason, now));
        return events;
    }

    /// <summary>A person named by id and name, as every custodian and handover receiver is.</summary>
    public static FieldErrors Validate(string? userId, string? name, string userIdField, string nameField, FieldErrors? errors = null)
    {
        errors ??= new FieldErrors();
        errors.Required(userIdField, userId, 128, "A user id of at most 128 characters is required.");
        errors.Required(nameField, name, 200, "A name of at most 200 characters is required.");
        return errors;
    }

    public static void MapAddCustodian(this RouteGroupBuilder group) =>
        group.MapPost("/{id:guid}/custodians", Handle).RequireAuthorization(Roles.BusinessDevelopment)
            .WithSummary("Add a named custodian to an account").AcceptsIfMatch();

    private static async Task<Results<Ok<Contracts.AccountDetails>, ValidationProblem>> Handle(
        Guid id, AddCustodianBody body, CurrentUser user, IDocumentSession session, TimeProvider clock, HttpRequest request,
        HttpResponse response, CancellationToken ct)
    {
        var errors = Validate(body.UserId, body.Name, "userId", "name");
        if (!FieldErrors.TryParseName<CustodianRole>(body.Role, ignoreCase: false, out var role)) errors.Add("role", "The role must be Primary or Deputy.");
        errors.AtMost("reason", body.Reason, 500, "The reason may be at most 500 characters.");
        if (errors.Any) return errors.Problem();

        var custodian = new Custodian(body.UserId!.Trim(), body.Name!.Trim(), role, CustodianStatus.Active);
        var candidate = await session.LoadAsync<StaffMember>(StreamIds.ForStaff(custodian.UserId), ct);
        var (account, version) = await session.Write<Account>(id, request.ExpectedVersion(),
            a => Decide(a, custodian, body.Reason?.Trim() ?? "", user, clock.GetUtcNow(), candidate), ct);
        response.SetETag(version);
        if (CustodianEligibility.Warning(candidate) is { } warning) response.Headers.Warning = $"299 - \"{warning}\"";
        return TypedResults.Ok(account.ToDetails(version));
    }
}
