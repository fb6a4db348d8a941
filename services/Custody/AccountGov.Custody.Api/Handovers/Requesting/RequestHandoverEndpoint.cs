using AccountGov.Custody.Api.Accounts;
using AccountGov.Custody.Api.Handovers.Listing;
using AccountGov.Custody.Api.Hr;
using AccountGov.EventSourcing.Writing;
using AccountGov.ServiceDefaults.Auth;
using AccountGov.ServiceDefaults.Errors;
using AccountGov.ServiceDefaults.OpenApi;
using AccountGov.ServiceDefaults.Time;
using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using Contracts = AccountGov.Custody.Contracts;
using NotFound = AccountGov.ServiceDefaults.Errors.NotFound;

namespace AccountGov.Custody.Api.Handovers.Requesting;

/// <summary>
/// POST /accounts/{id}/custodians/{userId}/handover-request (BD, or the account's sponsor). If-Match names the account
/// version the requester read; the new handover is written through the shared write helper in one commit.
/// </summary>
public static class RequestHandoverEndpoint
{
    public static void MapRequestHandover(this RouteGroupBuilder accounts) =>
        accounts.MapPost("/{id:guid}/custodians/{userId}/handover-request", Handle).RequireAuthorization(CustodyPolicies.HandoverRequesters)
            .WithSummary("Ask a custodian to hand the account over, on request (IG31 §8.1)").AcceptsIfMatch();

    private static async Task<Created<Contracts.HandoverSummary>> Handle(
        Guid id, string userId, CurrentUser user, IDocumentSession session, CustodyDay day, BusinessCalendar calendar,
        HttpRequest request, HttpResponse response, CancellationToken ct)
    {
        var stream = await DecideAndAppend.Fetch<Account>(session, id, request.ExpectedVersion(), ct);
        var account = stream.Aggregate ?? throw new NotFound("Account");
        var mine = await session.Query<Handover>().Where(h => h.AccountId == id && h.FromUserId == userId).ToListAsync(ct);
        var live = mine.Where(h => h.Status is HandoverStatus.Open or HandoverStatus.Escalated).ToList();
        var opened = RequestHandover.Open(account, stream.CurrentVersion ?? 0, userId, live, mine.Count(h => h.Reason == HandoverReason.Request), user, day.Today, day.Now, calendar);

        var colleagues = (await session.LoadManyAsync<StaffMember>(ct, account.Custodians.Select(c => StreamIds.ForStaff(c.UserId))))
            .ToDictionary(s => s.StaffId);
        var events = RequestHandover.Decide(opened, CustodyAccounts.ToView(account), colleagues, day.Today);
        await session.Append([StreamAppend.Start<Handover>(opened.HandoverId, events)], ct);

        var handover = Handover.Start(events[0]).Fold(events.Skip(1));
        response.SetETag(events.Count);
        return TypedResults.Created($"/handovers/{handover.Id}", handover.ToSummary());
    }
}
