namespace AccountGov.AccountRequests.Api.Requests;

public sealed record Person(string UserId, string Name, string Email);

public sealed record RequestSubmitted(
    Guid RequestId, string Team, string Platform, string Handle, Person Requester, Person Sponsor,
    IReadOnlyList<Person> Custodians, DateTimeOffset SubmittedAt);

public enum RequestStatus { Submitted, ChangesRequested, Approved, Rejected, Withdrawn }

/// <summary>What decisions about a request need. Marten builds it from the stream (inline snapshot).</summary>
public sealed record AccountRequest(
    Guid Id, string Team, string Platform, string Handle, string RequestedBy, RequestStatus Status, DateTimeOffset SubmittedAt)
{
    public static AccountRequest Create(RequestSubmitted e) =>
        new(e.RequestId, e.Team, e.Platform, e.Handle, e.Requester.UserId, RequestStatus.Submitted, e.SubmittedAt);
}
