namespace AccountGov.Approvals.Api.Cases;

public sealed record CaseOpened(Guid RequestId, string Team, string Platform, string Handle, string RequestedBy, DateTimeOffset OpenedAt);

public enum CaseStatus { Open, Approved, Rejected, ChangesRequested, Withdrawn }

/// <summary>One case per submitted request; the stream id is the request id, so a redelivery cannot open a second.</summary>
public sealed record Case(Guid Id, string Team, string Platform, string Handle, string RequestedBy, CaseStatus Status, DateTimeOffset OpenedAt)
{
    public static Case Create(CaseOpened e) =>
        new(e.RequestId, e.Team, e.Platform, e.Handle, e.RequestedBy, CaseStatus.Open, e.OpenedAt);
}
