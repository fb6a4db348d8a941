using MassTransit;

namespace AccountGov.AccountRequests.Contracts;

/// <summary>
/// A member of staff named on a request: user id, display name and the work email they gave on the request
/// (Notifications writes to it; null from producers before it was added, so older messages still read).
/// </summary>
public sealed record StaffRef(string UserId, string Name, string? Email = null);

public enum CustodianRole { Primary, Deputy }

public sealed record CustodianRef(string UserId, string Name, CustodianRole Role, string? Email = null);

/// <summary>
/// A business case was submitted. Carries what Approvals and Custody need, and no more. <c>AccountType</c> (Corporate,
/// Service, Campaign, Shared) and <c>Partner</c> (the partner organisation, for Shared) are null from producers before
/// they were added, which means Corporate. <c>MembershipReviewCadence</c> (Weekly, Fortnightly, Monthly, Quarterly) is the IM group's membership review (CO23 §3.4), null for other platforms
/// and from producers before it was carried.
/// </summary>
[MessageUrn("accountgov:account-requests:request-submitted:v1")]
public sealed record RequestSubmitted(
    Guid RequestId,
    int Revision,
    string Team,
    string Platform,
    string Handle,
    StaffRef Requester,
    StaffRef Sponsor,
    IReadOnlyList<CustodianRef> Custodians,
    bool DpiaRequired,
    DateTimeOffset SubmittedAt,
    string? AccountType = null,
    string? Partner = null,
    string? MembershipReviewCadence = null);
