using AccountGov.AccountRequests.Contracts;
using AccountGov.Approvals.Api.Cases.Deadlines;
using AccountGov.Approvals.Api.Cases.Routing;
using AccountGov.Approvals.Contracts;

namespace AccountGov.Approvals.Api.Cases.AttachingDpia;

/// <summary>
/// The full DPIA is attached, so IG can review it (the review is 409 until then). If the review is the current
/// stage, its business-day clock starts now: also when IG asked for changes and this is the amended DPIA, which puts
/// the case back in IG's ready queue. A repeat of an attachment already seen changes nothing.
/// </summary>
public static class AttachDpia
{
    public static IReadOnlyList<object> Decide(Case c, DpiaAttached attached, DateTimeOffset now, DeadlinePolicy deadlines)
    {
        if (c.Status is not (CaseStatus.Open or CaseStatus.ChangesRequested)) return [];
        // The same attachment delivered again, even after IG asked for an amended one, is not the amended one.
        if (c.History.Any(h => h.Event == "DpiaAttached" && h.At == attached.AttachedAt)) return [];

        var e = new FullDpiaAttached(c.Id, attached.Revision, attached.AttachedBy, null, attached.AttachedAt, attached.ResidualRisk);
        return [e with { Started = RoutingPolicy.NextToStart(c.Apply(e), now, deadlines) }];
    }
}
