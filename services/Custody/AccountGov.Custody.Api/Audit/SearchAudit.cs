using AccountGov.Custody.Api.Accounts;
using AccountGov.Custody.Contracts;
using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using Account = AccountGov.Custody.Api.Accounts.Account;

namespace AccountGov.Custody.Api.Audit;

/// <summary>
/// GET /audit?userId=&amp;accountId=&amp;from=&amp;to=&amp;take= (Auditor, BD): the audit trail across accounts, newest
/// first, read from each account's event streams as GET /accounts/{id}/audit is, so the two never disagree.
/// </summary>
public static class SearchAudit
{
    public const int MaxTake = 5000;

    public static void MapSearchAudit(this WebApplication app) =>
        app.MapGet("/audit", Handle).WithTags("Accounts").RequireAuthorization(CustodyPolicies.AuditReaders)
            .WithSummary("Search the audit trail across accounts by person, account and date");

    private static async Task<Results<Ok<AccountAuditEntry[]>, ValidationProblem>> Handle(
        string? userId, Guid? accountId, DateOnly? from, DateOnly? to, int? take, IQuerySession session, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        if (take is < 1 or > MaxTake) errors["take"] = [$"take must be between 1 and {MaxTake}."];
        if (from is { } f && to is { } t && t < f) errors["to"] = ["to must not be before from."];
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors);

        IQueryable<Account> query = session.Query<Account>();
        if (accountId is { } only) query = query.Where(a => a.Id == only);
        var accounts = await query.ToListAsync(ct);
        var start = from?.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var end = to?.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);

        var found = new List<AccountAuditEntry>();
        foreach (var account in accounts)
        {
            var events = await AuditTrail.EventsOf(session, account.Id, ct);
            found.AddRange(events.Select(AuditTrail.ToEntry)
                .Where(e => (userId is null || e.By == userId) && (start is null || e.At >= start) && (end is null || e.At < end))
                .Select(e => new AccountAuditEntry(account.Id, account.Platform, account.Handle, e.Version, e.At, e.Event, e.By, e.Reason, e.Detail)));
        }
        return TypedResults.Ok(found.OrderByDescending(e => e.At).Take(take ?? 1000).ToArray());
    }
}
