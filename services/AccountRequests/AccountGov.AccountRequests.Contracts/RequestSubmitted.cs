using MassTransit;

namespace AccountGov.AccountRequests.Contracts;

/// <summary>A business case was submitted for approval. Carries what Approvals needs to open a case, no more.</summary>
[MessageUrn("accountgov:account-requests:request-submitted:v1")]
public sealed record RequestSubmitted(
    Guid RequestId,
    string Team,
    string Platform,
    string Handle,
    string RequestedBy,
    DateTimeOffset SubmittedAt);
