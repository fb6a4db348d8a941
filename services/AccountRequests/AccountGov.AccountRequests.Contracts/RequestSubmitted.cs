using MassTransit;

namespace AccountGov.AccountRequests.Contracts;

/// <summary>A member of staff named on a request. Work identity only: user id and display name.</summary>
public sealed record StaffRef(string UserId, string Name);

public enum CustodianRole { Primary, Deputy }

public sealed record CustodianRef(string UserId, string Name, CustodianRole Role);

/// <summary>A business case was submitted. Carries what Approvals and Custody need, and no more.</summary>
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
    DateTimeOffset SubmittedAt);
