using AccountGov.Custody.Api.Accounts;
using AccountGov.Custody.Contracts;
using AccountGov.ServiceDefaults.Errors;
using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using NotFound = AccountGov.ServiceDefaults.Errors.NotFound;

namespace AccountGov.Custody.Api.BreakGlass.Reading;

/// <summary>GET /accounts/{id}/break-glass (BD, Auditor): every emergency access request and what became of it.</summary>
public static class ListBreakGlass
{
    public static BreakGlassDetails ToDetails(this BreakGlassGrant g, Guid accountId, DateTimeOffset now) => new(
        g.Id, accountId, g.OpenedBy, g.Reason, g.OpenedAt, StatusOf(g, now), g.ApprovedBy, g.ApprovedAt, g.ExpiresAt ?? g.ApproveBy);

    private static BreakGlassStatus StatusOf(BreakGlassGrant g, DateTimeOffset now) =>
        g.Used ? BreakGlassStatus.Used
        : g.IsUsable(now) ? BreakGlassStatus.Approved
        : g.IsAwaitingApproval(now) ? BreakGlassStatus.AwaitingApproval
        : BreakGlassStatus.Expired;

    public static void MapListBreakGlass(this RouteGroupBuilder group) =>
        group.MapGet("/{id:guid}/break-glass", Handle).RequireAuthorization(CustodyPolicies.AuditReaders)
            .WithSummary("List an account's break-glass requests and grants");

    private static async Task<Ok<BreakGlassDetails[]>> Handle(Guid id, IQuerySession session, TimeProvider clock, CancellationToken ct)
    {
        var account = await session.LoadAsync<Account>(id, ct) ?? throw new NotFound("Account");
        var now = clock.GetUtcNow();
        return TypedResults.Ok(account.BreakGlass.Select(g => g.ToDetails(id, now)).ToArray());
    }
}
