using AccountGov.AccountRequests.Contracts;
using AccountGov.Approvals.Api.Cases.Deadlines;
using AccountGov.Approvals.Api.Cases.Routing;
using AccountGov.Approvals.Contracts;

namespace AccountGov.Approvals.Api.Cases.AttachingDpia;

/// <summary>
/// The full DPIA is attached, so IG can review it (the review is 409 until then). If the review is the current
/// stage, its business-day clock starts now. A repeat for a revision already seen changes nothing.
/// </summary>
public static class AttachDpia
{
    public static IReadOnlyList<object> Decide(Case c, DpiaAttached attached, DateTimeOffset now, DeadlinePolicy deadlines)
    {
        if (c.Status is not (CaseStatus.Open or CaseStatus.ChangesRequested)) return [];
        if (c.DpiaAttached && c.History.Any(h => h.Event == "DpiaAttached" && h.At == attached.AttachedAt)) return [];

        var e = new FullDpiaAttached(c.Id, attached.Revision, attached.AttachedBy, null, attached.AttachedAt);
        return [e with { Started = RoutingPolicy.NextToStart(c.Apply(e), now, deadlines) }];
    }
}
