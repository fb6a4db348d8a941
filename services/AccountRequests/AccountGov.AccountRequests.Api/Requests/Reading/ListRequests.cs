using AccountGov.AccountRequests.Api.Requests.Validating;
using AccountGov.AccountRequests.Contracts.Http;
using AccountGov.ServiceDefaults.Auth;
using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using AccountGov.ServiceDefaults.Validation;

namespace AccountGov.AccountRequests.Api.Requests.Reading;

/// <summary>
/// <c>GET /requests?status=&amp;team=&amp;requester=&amp;skip=&amp;take=</c>: everything for the oversight roles, and for anyone
/// else the requests that name them. <c>GET /requests/mine</c>: the caller's own requests. Newest first.
/// </summary>
public static class ListRequests
{
    public const int DefaultTake = 50, MaxTake = 200;

    public static void MapListRequests(this RouteGroupBuilder group)
    {
        group.MapGet("/", List)
            .WithSummary("List requests, filtered by status, team or requester");
        group.MapGet("/mine", Mine)
            .WithSummary("List the caller's own requests");
    }

    private static async Task<Results<Ok<RequestSummary[]>, ValidationProblem>> List(
        string? status, string? team, string? requester, int? skip, int? take, CurrentUser user, IQuerySession session,
        CancellationToken ct)
    {
        var errors = new FieldErrors();
        var wanted = status is null ? (RequestStatus?)null : errors.Enum<RequestStatus>("status", status);
        var (from, count) = errors.Paging(skip, take, MaxTake, DefaultTake);
        if (errors.Any) return errors.Problem();

        var query = session.Query<AccountRequest>().AsQueryable();
        if (!ReadAccess.SeesAll(user))
        {
            var me = user.UserId;
            query = query.Where(r => r.Requester.UserId == me || r.SponsorId == me || r.CustodianIds.Contains(me));
        }
        if (wanted is { } s) query = query.Where(r => r.Status == s);
        if (!string.IsNullOrWhiteSpace(team)) query = query.Where(r => r.Team.Equals(team.Trim(), StringComparison.OrdinalIgnoreCase));
        if (!string.IsNullOrWhiteSpace(requester)) query = query.Where(r => r.Requester.UserId == requester.Trim());
        return TypedResults.Ok(await Summaries(query, from, count, ct));
    }

    private static async Task<Results<Ok<RequestSummary[]>, ValidationProblem>> Mine(
        int? skip, int? take, CurrentUser user, IQuerySession session, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var (from, count) = errors.Paging(skip, take, MaxTake, DefaultTake);
        if (errors.Any) return errors.Problem();
        var me = user.UserId;
        return TypedResults.Ok(await Summaries(session.Query<AccountRequest>().Where(r => r.Requester.UserId == me), from, count, ct));
    }

    private static async Task<RequestSummary[]> Summaries(IQueryable<AccountRequest> query, int skip, int take, CancellationToken ct)
    {
        var page = await query.OrderByDescending(r => r.SubmittedAt).Skip(skip).Take(take).ToListAsync(ct);
        return page.Select(Views.Summary).ToArray();
    }
}
