using AccountGov.AccountRequests.Contracts;
using AccountGov.Approvals.Api.Cases.Deadlines;
using AccountGov.Approvals.Api.Cases.Routing;
using AccountGov.Approvals.Contracts;

namespace AccountGov.Approvals.Api.Cases.Opening;

public static class OpenCase
{
    /// <summary>A case opens once per request: nothing happens when one already exists (a redelivery).</summary>
    public static IReadOnlyList<object> Decide(
        Case? existing, RequestSubmitted submitted, DateTimeOffset now, RoutingPolicy policy, DeadlinePolicy deadlines)
    {
        if (existing is not null) return [];
        var opened = new CaseOpened(submitted.RequestId, Snapshot.Of(submitted), policy.RouteFor(submitted.DpiaRequired), null, now);
        return [opened with { Started = RoutingPolicy.NextToStart(Case.Create(opened), now, deadlines) }];
    }
}

/// <summary>The request as AccountRequests published it, reduced to what a decision and Custody need.</summary>
public static class Snapshot
{
    public static RequestSnapshot Of(RequestSubmitted m) =>
        new(m.Revision, m.Team, m.Platform, m.Handle, Party(m.Requester), Party(m.Sponsor), Custodians(m.Custodians), m.DpiaRequired,
            m.AccountType, m.Partner, m.MembershipReviewCadence);

    public static RequestSnapshot Of(RequestRevised m) =>
        new(m.Revision, m.Team, m.Platform, m.Handle, Party(m.Requester), Party(m.Sponsor), Custodians(m.Custodians), m.DpiaRequired,
            m.AccountType, m.Partner, m.MembershipReviewCadence);

    private static Party Party(StaffRef s) => new(s.UserId, s.Name);

    private static CaseCustodian[] Custodians(IReadOnlyList<CustodianRef> custodians) =>
        custodians.Select(c => new CaseCustodian(c.UserId, c.Name,
            c.Role == CustodianRole.Primary ? ApprovedCustodianRole.Primary : ApprovedCustodianRole.Deputy)).ToArray();
}
