using AccountGov.Custody.Api.Accounts;
using AccountGov.Custody.Api.Hr;
using AccountGov.ServiceDefaults.Auth;
using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using Contracts = AccountGov.Custody.Contracts;

namespace AccountGov.Custody.Api.Reviews.Reading;

/// <summary>
/// GET /accounts/{id}/reviews: an account's reviews, due first, then the past ones (open to every signed-in member of
/// staff, like the register itself). GET /reviews: the open reviews, soonest first; BD and auditors see every
/// account's (with <c>overdue=true</c>, those past their due date), anyone else those of the accounts they hold or sponsor.
/// </summary>
public static class ListReviews
{
    public static void MapListReviews(this IEndpointRouteBuilder app)
    {
        app.MapGet("/accounts/{id:guid}/reviews", ForAccount).WithTags("Reviews").RequireAuthorization()
            .WithSummary("List an account's reviews: the one due and those done (IG31 §8.2, CO23 §3.4)");
        app.MapGet("/reviews", Open).WithTags("Reviews").RequireAuthorization()
            .WithSummary("List open reviews, soonest first; BD and auditors see every account's");
    }

    private static async Task<Results<Ok<Contracts.ReviewDetails[]>, NotFound>> ForAccount(
        Guid id, IQuerySession session, CustodyDay day, CancellationToken ct)
    {
        if (await session.LoadAsync<Account>(id, ct) is not { } account) return TypedResults.NotFound();
        var reviews = await session.Query<Review>().Where(r => r.AccountId == id).ToListAsync(ct);
        return TypedResults.Ok(reviews.OrderByDescending(r => r.IsOpen).ThenBy(r => r.DueOn)
            .Select(r => r.ToDetails(account, day.Today, r.Version)).ToArray());
    }

    private static async Task<Ok<Contracts.ReviewDetails[]>> Open(
        bool? overdue, CurrentUser user, IQuerySession session, CustodyDay day, CancellationToken ct)
    {
        var today = day.Today;
        var everyone = user.IsIn(Roles.BusinessDevelopment) || user.IsIn(Roles.Auditor);
        var mine = everyone ? null : (await session.Query<Account>()
            .Where(a => a.Sponsor.UserId == user.UserId || a.Custodians.Any(c => c.UserId == user.UserId))
            .Select(a => a.Id).ToListAsync(ct)).ToArray();
        var query = session.Query<Review>().Where(r => r.Status == ReviewStatus.Due || r.Status == ReviewStatus.ChangesNeeded);
        if (overdue == true) query = query.Where(r => r.DueOn < today);
        if (mine is not null) query = query.Where(r => mine.Contains(r.AccountId));
        var reviews = await query.OrderBy(r => r.DueOn).Take(500).ToListAsync(ct);
        var accounts = (await session.LoadManyAsync<Account>(ct, reviews.Select(r => r.AccountId).Distinct())).ToDictionary(a => a.Id);
        return TypedResults.Ok(reviews.Select(r => r.ToDetails(accounts.GetValueOrDefault(r.AccountId), today, r.Version)).ToArray());
    }
}
