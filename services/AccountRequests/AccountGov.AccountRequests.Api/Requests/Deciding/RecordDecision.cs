using AccountGov.AccountRequests.Contracts.Http;
using Decisions = AccountGov.Approvals.Contracts;

namespace AccountGov.AccountRequests.Api.Requests.Deciding;

/// <summary>
/// Approvals' decisions move the status. A final decision applies to any undecided request (Approvals may reject one
/// whose requester never revised it); a request for changes only to one awaiting review. Anything else is a message
/// that crossed a withdrawal or repeats one already applied, and decides nothing rather than failing forever.
/// </summary>
public static class RecordDecision
{
    public static IReadOnlyList<object> Decide(AccountRequest request, Decisions.AccountRequestApproved m) =>
        request.IsOpen ? [new RequestApproved(request.Id, m.ApprovedBy, m.Conditions, m.ApprovedAt)] : [];

    public static IReadOnlyList<object> Decide(AccountRequest request, Decisions.AccountRequestRejected m) =>
        request.IsOpen ? [new RequestRejected(request.Id, m.Stage, m.RejectedBy, m.Reason, m.RejectedAt)] : [];

    /// <summary>The business case names the new sponsor from now on, so a revision starts from them.</summary>
    public static IReadOnlyList<object> Decide(AccountRequest request, Decisions.SponsorReplaced m) =>
        request.Status == RequestStatus.Submitted && request.SponsorId != m.Sponsor.UserId
            ? [new SponsorReplaced(request.Id, new Person(m.Sponsor.UserId, m.Sponsor.Name, m.SponsorEmail), m.ReplacedBy, m.ReplacedAt)]
            : [];

    public static IReadOnlyList<object> Decide(AccountRequest request, Decisions.ChangesRequested m) =>
        request.Status == RequestStatus.Submitted ? [new ChangesRequested(request.Id, m.RequestedBy, m.Comment, m.RequestedAt)] : [];
}
