using AccountGov.Custody.Api.Accounts;
using AccountGov.Custody.Contracts;
using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using NotFound = AccountGov.ServiceDefaults.Errors.NotFound;

namespace AccountGov.Custody.Api.BreakGlass.Reading;

/// <summary>GET /accounts/{id}/break-glass (BD, Auditor): every emergency access request and what became of it.</summary>
public static class ListBreakGlass
{
    public static BreakGlassDetails ToDetails(this BreakGlassGrant g, DateTimeOffset now) => new(
        g.BreakGlassId, g.AccountId, g.OpenedBy, g.Reason, g.OpenedAt, StatusOf(g, now), g.ApprovedBy, g.ApprovedAt, g.ExpiresAt ?? g.ApproveBy);

    /// <summary>The account's grants, oldest first, from their snapshots (indexed by account).</summary>
    public static async Task<IReadOnlyList<BreakGlassGrant>> GrantsOf(this IQuerySession session, Guid accountId, CancellationToken ct) =>
        await session.Query<BreakGlassGrant>().Where(g => g.AccountId == accountId).OrderBy(g => g.OpenedAt).ToListAsync(ct);

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
        _ = await session.LoadAsync<Account>(id, ct) ?? throw new NotFound("Account");
        var now = clock.GetUtcNow();
        return TypedResults.Ok((await session.GrantsOf(id, ct)).Select(g => g.ToDetails(now)).ToArray());
    }
}
