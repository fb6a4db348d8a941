using MassTransit;

namespace AccountGov.AccountRequests.Contracts;

/// <summary>
/// The requester revised a request after ChangesRequested and resubmitted it. <see cref="ContentChanged"/> says
/// whether anything Approvals endorsed or reviewed changed, so it knows which stages to reset. <c>AccountType</c> and
/// <c>Partner</c> as in <see cref="RequestSubmitted"/>.
/// </summary>
[MessageUrn("accountgov:account-requests:request-revised:v1")]
public sealed record RequestRevised(
    Guid RequestId,
    int Revision,
    string Team,
    string Platform,
    string Handle,
    StaffRef Requester,
    StaffRef Sponsor,
    IReadOnlyList<CustodianRef> Custodians,
    bool DpiaRequired,
    bool ContentChanged,
    DateTimeOffset RevisedAt,
    string? AccountType = null,
    string? Partner = null,
    string? MembershipReviewCadence = null);

/// <summary>The requester withdrew the request before a decision.</summary>
[MessageUrn("accountgov:account-requests:request-withdrawn:v1")]
public sealed record RequestWithdrawn(Guid RequestId, string WithdrawnBy, DateTimeOffset WithdrawnAt);

/// <summary>
/// The full (Stage 2) DPIA was attached, so Information Governance can review it. <c>ResidualRisk</c> (Low, Medium,
/// High; null from producers before it was added) tells IG whether accepting it needs a comment.
/// </summary>
[MessageUrn("accountgov:account-requests:dpia-attached:v1")]
public sealed record DpiaAttached(Guid RequestId, int Revision, string AttachedBy, DateTimeOffset AttachedAt, string? ResidualRisk = null);
