using AccountGov.AccountRequests.Contracts;
using AccountGov.Approvals.Api.Cases.Deadlines;
using AccountGov.Approvals.Api.Cases.Opening;
using AccountGov.Approvals.Api.Cases.Routing;
using AccountGov.Approvals.Contracts;

namespace AccountGov.Approvals.Api.Cases.Reopening;

/// <summary>
/// A revision reopens the case. Earlier decisions stay in its history; the routing policy says which completed
/// stages the revision invalidates (endorsement and DPIA review when the content changed; the BD decision always).
/// </summary>
public static class ReopenCase
{
    public static IReadOnlyList<object> Decide(
        Case c, RequestRevised revised, DateTimeOffset now, RoutingPolicy policy, DeadlinePolicy deadlines)
    {
        // An old or repeated revision, or one after the case was closed for good, changes nothing.
        if (revised.Revision <= c.Request.Revision) return [];
        if (c.Status is not (CaseStatus.Open or CaseStatus.ChangesRequested)) return [];

        // A different sponsor has endorsed nothing, whatever AccountRequests says about the content (IG31 §5).
        var changed = revised.ContentChanged || revised.Sponsor.UserId != c.Request.Sponsor.UserId;
        var reopened = new CaseReopened(c.Id, Snapshot.Of(revised), changed, policy.RouteFor(revised.DpiaRequired),
            policy.KeptAfterRevision(c, revised.DpiaRequired, changed), null, now);
        return [reopened with { Started = RoutingPolicy.NextToStart(c.Apply(reopened), now, deadlines) }];
    }
}
