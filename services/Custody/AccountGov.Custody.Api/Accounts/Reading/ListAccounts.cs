using AccountGov.Custody.Contracts;
using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using AccountGov.ServiceDefaults.Validation;

namespace AccountGov.Custody.Api.Accounts.Reading;

/// <summary>GET /accounts?requestId=&amp;custodian=&amp;skip=&amp;take=: the register, newest first.</summary>
public static class ListAccounts
{
    private const int MaxTake = 200;

    public static void MapListAccounts(this RouteGroupBuilder group) => group.MapGet("/", Handle)
            .WithSummary("List the register of accounts, or the caller's own");

    private static async Task<Results<Ok<AccountDetails[]>, ValidationProblem>> Handle(
        Guid? requestId, string? custodian, int? skip, int? take, IQuerySession session, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var (from, count) = errors.Paging(skip, take, MaxTake, defaultTake: 50);
        if (errors.Any) return errors.Problem();

        IQueryable<Account> query = session.Query<Account>();
        if (requestId is { } request) query = query.Where(a => a.RequestId == request);
        if (!string.IsNullOrWhiteSpace(custodian)) query = query.Where(a => a.Custodians.Any(c => c.UserId == custodian));
        var accounts = await query.OrderByDescending(a => a.RegisteredAt).Skip(from).Take(count).ToListAsync(ct);
        return TypedResults.Ok(accounts.Select(a => a.ToDetails(a.Version)).ToArray());
    }
}
