using AccountGov.Custody.Contracts;
using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using AccountGov.ServiceDefaults.Validation;
using Domain = AccountGov.Custody.Api.Accounts;

namespace AccountGov.Custody.Api.Accounts.Reading;

/// <summary>
/// GET /accounts: the register, newest first (MECCG139 §6), filtered by request, team, platform, type, status,
/// custodian and credential state (<c>deposited</c> or <c>missing</c>: IG31 §8.1, the organisation holds it), and
/// searched with <c>q</c> in handle and team. A query parameter not named here is refused by name (Input/).
/// </summary>
public static class ListAccounts
{
    private const int MaxTake = 200;

    public static void MapListAccounts(this RouteGroupBuilder group) => group.MapGet("/", Handle)
            .WithSummary("List the register of accounts, filtered and searched, or the caller's own");

    private static async Task<Results<Ok<AccountDetails[]>, ValidationProblem>> Handle(
        Guid? requestId, string? custodian, string? team, string? platform, string? type, string? status, string? credential,
        string? q, int? skip, int? take, IQuerySession session, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var (from, count) = errors.Paging(skip, take, MaxTake, defaultTake: 50);
        var wantedType = type is null ? (Domain.AccountType?)null : errors.Enum<Domain.AccountType>("type", type);
        var wantedStatus = status is null ? (Domain.AccountStatus?)null : errors.Enum<Domain.AccountStatus>("status", status);
        var deposited = credential?.Trim().ToLowerInvariant() switch
        {
            null => (bool?)null,
            "deposited" => true,
            "missing" => false,
            _ => Refuse(errors, "credential", "Must be one of: deposited, missing."),
        };
        if (errors.Any) return errors.Problem();

        IQueryable<Account> query = session.Query<Account>();
        if (requestId is { } request) query = query.Where(a => a.RequestId == request);
        if (!string.IsNullOrWhiteSpace(custodian)) query = query.Where(a => a.Custodians.Any(c => c.UserId == custodian));
        if (!string.IsNullOrWhiteSpace(team)) query = query.Where(a => a.Team.Equals(team.Trim(), StringComparison.OrdinalIgnoreCase));
        if (!string.IsNullOrWhiteSpace(platform)) query = query.Where(a => a.Platform.Equals(platform.Trim(), StringComparison.OrdinalIgnoreCase));
        if (wantedType is { } t) query = query.Where(a => a.Type == t);
        if (wantedStatus is { } s) query = query.Where(a => a.Status == s);
        if (deposited is true) query = query.Where(a => a.Credential != null);
        if (deposited is false) query = query.Where(a => a.Credential == null);
        if (!string.IsNullOrWhiteSpace(q))
        {
            var text = q.Trim();
            query = query.Where(a => a.Handle.Contains(text, StringComparison.OrdinalIgnoreCase) || a.Team.Contains(text, StringComparison.OrdinalIgnoreCase));
        }
        var accounts = await query.OrderByDescending(a => a.RegisteredAt).Skip(from).Take(count).ToListAsync(ct);
        return TypedResults.Ok(accounts.Select(a => a.ToDetails(a.Version)).ToArray());
    }

    private static bool? Refuse(FieldErrors errors, string field, string message)
    {
        errors.Add(field, message);
        return null;
    }
}
