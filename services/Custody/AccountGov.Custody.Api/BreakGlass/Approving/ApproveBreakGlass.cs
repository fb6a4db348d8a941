using AccountGov.Custody.Api.Accounts;
using AccountGov.Custody.Api.BreakGlass.Reading;
using AccountGov.EventSourcing.Writing;
using AccountGov.ServiceDefaults.Auth;
using AccountGov.ServiceDefaults.Errors;
using AccountGov.ServiceDefaults.OpenApi;
using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using NotFound = AccountGov.ServiceDefaults.Errors.NotFound;

namespace AccountGov.Custody.Api.BreakGlass.Approving;

/// <summary>
/// POST /accounts/{id}/break-glass/{breakGlassId}/approve (BD): four eyes. The approver must be a different BD
/// officer from the opener; the approval starts the window in which the opener may reveal once. Writes the grant's
/// stream only: If-Match and the ETag are the grant's version. The account is read, not written (see readme.md).
/// </summary>
public static class ApproveBreakGlass
{
    public static IReadOnlyList<object> Decide(Account account, BreakGlassGrant? grant, CurrentUser user, TimeSpan window, DateTimeOffset now)
    {
        if (account.Status == AccountStatus.Decommissioned) throw new RuleViolation("The account is decommissioned.");
        if (grant is null) throw new NotFound("Break-glass request");
        if (grant.OpenedBy == user.UserId) throw new AccessDenied("A second, different Business Development officer must approve break-glass access.");
        if (grant.ApprovedBy is not null) throw new RuleViolation("This break-glass request is already approved.");
        if (!grant.IsAwaitingApproval(now)) throw new RuleViolation("This break-glass request has expired; open a new one.");
        return [new BreakGlassApproved(account.Id, grant.BreakGlassId, grant.OpenedBy, user.UserId, now, now + window)];
    }

    public static void MapApproveBreakGlass(this RouteGroupBuilder group) =>
        group.MapPost("/{id:guid}/break-glass/{breakGlassId:guid}/approve", Handle).RequireAuthorization(Roles.BusinessDevelopment)
            .WithSummary("Approve another officer's break-glass request").AcceptsIfMatch();

    private static async Task<Ok<Contracts.BreakGlassDetails>> Handle(
        Guid id, Guid breakGlassId, CurrentUser user, IDocumentSession session, BreakGlassOptions options, TimeProvider clock,
        HttpRequest request, HttpResponse response, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var account = await session.LoadAsync<Account>(id, ct) ?? throw new NotFound("Account");
        var (grant, version) = await session.Write<BreakGlassGrant>(StreamIds.ForBreakGlass(id, breakGlassId), request.ExpectedVersion(),
            g => Decide(account, g, user, options.Window, now), ct);
        response.SetETag(version);
        return TypedResults.Ok(grant.ToDetails(now));
    }
}
