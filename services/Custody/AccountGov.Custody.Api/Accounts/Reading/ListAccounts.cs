using AccountGov.Custody.Contracts;
using Marten;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AccountGov.Custody.Api.Accounts.Reading;

/// <summary>GET /accounts?requestId=&amp;custodian=&amp;skip=&amp;take=: the register, newest first.</summary>
public static class ListAccounts
{
    private const int MaxTake = 200;

    public static void MapListAccounts(this RouteGroupBuilder group) => group.MapGet("/", Handle);

    private static async Task<Results<Ok<AccountDetails[]>, ValidationProblem>> Handle(
        Guid? requestId, string? custodian, int? skip, int? take, IQuerySession session, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        if (skip is < 0) errors["skip"] = ["skip must be zero or more."];
        if (take is < 1 or > MaxTake) errors["take"] = [$"take must be between 1 and {MaxTake}."];
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors);

        IQueryable<Account> query = session.Query<Account>();
        if (requestId is { } request) query = query.Where(a => a.RequestId == request);
        if (!string.IsNullOrWhiteSpace(custodian)) query = query.Where(a => a.Custodians.Any(c => c.UserId == custodian));
        var accounts = await query.OrderByDescending(a => a.RegisteredAt).Skip(skip ?? 0).Take(take ?? 50).ToListAsync(ct);
        return TypedResults.Ok(accounts.Select(a => a.ToDetails(a.Version)).ToArray());
    }
}
