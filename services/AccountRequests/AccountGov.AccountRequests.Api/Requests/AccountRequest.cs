namespace AccountGov.AccountRequests.Api.Requests;

public sealed record RequestSubmitted(
    Guid RequestId, string Team, string Platform, string Handle, string RequestedBy, DateTimeOffset SubmittedAt);

public enum RequestStatus { Submitted, ChangesRequested, Approved, Rejected, Withdrawn }

/// <summary>What decisions about a request need. Marten builds it from the stream (inline snapshot).</summary>
public sealed record AccountRequest(
    Guid Id, string Team, string Platform, string Handle, string RequestedBy, RequestStatus Status, DateTimeOffset SubmittedAt)
{
    public static AccountRequest Create(RequestSubmitted e) =>
        new(e.RequestId, e.Team, e.Platform, e.Handle, e.RequestedBy, RequestStatus.Submitted, e.SubmittedAt);
}
