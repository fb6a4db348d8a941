using AccountGov.ServiceDefaults.Validation;
using AccountGov.AccountRequests.Api.Requests.Policies;
using AccountGov.AccountRequests.Contracts.Http;

namespace AccountGov.AccountRequests.Api.Requests;

/// <summary>Marks the request's domain events, so the replay test can prove it covers every one.</summary>
public interface IRequestEvent
{
    Guid RequestId { get; }
}

/// <summary><c>Policies</c>: the policy texts (version, review date) it was checked against; null before they were recorded.</summary>
public sealed record RequestSubmitted(
    Guid RequestId, Person Requester, BusinessCase Case, bool DpiaRequired, string ScreeningPolicy,
    DateTimeOffset SubmittedAt, IReadOnlyList<PolicyVersion>? Policies = null) : IRequestEvent;

/// <summary>The requester revised the case after ChangesRequested; it is resubmitted as <see cref="Revision"/>.</summary>
public sealed record RequestRevised(
    Guid RequestId, int Revision, Person Requester, BusinessCase Case, bool DpiaRequired, string ScreeningPolicy,
    bool ContentChanged, DateTimeOffset RevisedAt, IReadOnlyList<PolicyVersion>? Policies = null) : IRequestEvent;

public sealed record DpiaAttached(Guid RequestId, int Revision, FullDpia Dpia, string AttachedBy, DateTimeOffset AttachedAt) : IRequestEvent;

public sealed record RequestWithdrawn(Guid RequestId, string WithdrawnBy, string? Reason, DateTimeOffset WithdrawnAt) : IRequestEvent;

// The four below record Approvals' decisions, received as integration messages; they stay private to this service.
public sealed record ChangesRequested(Guid RequestId, string RequestedBy, string Comment, DateTimeOffset RequestedAt) : IRequestEvent;

public sealed record RequestApproved(Guid RequestId, string ApprovedBy, IReadOnlyList<string> Conditions, DateTimeOffset ApprovedAt) : IRequestEvent;

public sealed record RequestRejected(Guid RequestId, string Stage, string RejectedBy, string Reason, DateTimeOffset RejectedAt) : IRequestEvent;

/// <summary>Approvals replaced the sponsor while the endorsement was pending (the requester or BD asked it to).</summary>
public sealed record SponsorReplaced(Guid RequestId, Person Sponsor, string ReplacedBy, DateTimeOffset ReplacedAt) : IRequestEvent;

/// <summary>
/// What decisions about a request need, and the current case for reading. Marten builds it from the stream as an
/// inline snapshot; every Create/Apply is public because Marten 9 silently ignores non-public ones.
/// </summary>
public sealed record AccountRequest(
    Guid Id, RequestStatus Status, int Revision, Person Requester, BusinessCase Case, bool DpiaRequired,
    string ScreeningPolicy, FullDpia? Dpia, int? DpiaForRevision, string? DpiaAttachedBy, DateTimeOffset? DpiaAttachedAt,
    DateTimeOffset SubmittedAt, DateTimeOffset LastChangedAt, DateTimeOffset? DecidedAt,
    string Team, string Handle, string SponsorId, string[] CustodianIds)
{
    public string RequesterId => Requester.UserId;
    public bool IsOpen => Status is RequestStatus.Submitted or RequestStatus.ChangesRequested;

    /// <summary>
    /// The platform + handle as uniqueness compares them (<see cref="HandleKey"/>), stored and indexed so a submission
    /// finds a holder with one index lookup instead of reading every request on the platform. Null on snapshots
    /// written before it existed, until their next event.
    /// </summary>
    public string? UniqueKey { get; init; }

    /// <summary>The policy texts the current revision was checked against.</summary>
    public IReadOnlyList<PolicyVersion> Policies { get; init; } = [];

    public static AccountRequest Create(RequestSubmitted e) => new(
        e.RequestId, RequestStatus.Submitted, 1, e.Requester, e.Case, e.DpiaRequired, e.ScreeningPolicy,
        null, null, null, null, e.SubmittedAt, e.SubmittedAt, null,
        e.Case.Team, e.Case.Handle, e.Case.Sponsor.UserId, CustodianIdsOf(e.Case))
    {
        Policies = e.Policies ?? [], UniqueKey = HandleKey.Of(e.Case.Platform.ToString(), e.Case.Handle),
    };

    public AccountRequest Apply(RequestRevised e) => this with
    {
        Status = RequestStatus.Submitted, Revision = e.Revision, Case = e.Case, DpiaRequired = e.DpiaRequired,
        ScreeningPolicy = e.ScreeningPolicy, LastChangedAt = e.RevisedAt, Policies = e.Policies ?? [],
        Team = e.Case.Team, Handle = e.Case.Handle, SponsorId = e.Case.Sponsor.UserId, CustodianIds = CustodianIdsOf(e.Case),
        UniqueKey = HandleKey.Of(e.Case.Platform.ToString(), e.Case.Handle),
    };

    public AccountRequest Apply(DpiaAttached e) => this with
    {
        Dpia = e.Dpia, DpiaForRevision = e.Revision, DpiaAttachedBy = e.AttachedBy, DpiaAttachedAt = e.AttachedAt,
        LastChangedAt = e.AttachedAt,
    };

    public AccountRequest Apply(RequestWithdrawn e) => this with { Status = RequestStatus.Withdrawn, LastChangedAt = e.WithdrawnAt };

    public AccountRequest Apply(ChangesRequested e) => this with { Status = RequestStatus.ChangesRequested, LastChangedAt = e.RequestedAt };

    public AccountRequest Apply(RequestApproved e) =>
        this with { Status = RequestStatus.Approved, DecidedAt = e.ApprovedAt, LastChangedAt = e.ApprovedAt };

    public AccountRequest Apply(RequestRejected e) =>
        this with { Status = RequestStatus.Rejected, DecidedAt = e.RejectedAt, LastChangedAt = e.RejectedAt };

    public AccountRequest Apply(SponsorReplaced e) => this with
    {
        Case = Case with { Sponsor = e.Sponsor }, SponsorId = e.Sponsor.UserId, LastChangedAt = e.ReplacedAt,
    };

    private static string[] CustodianIdsOf(BusinessCase c) => c.Custodians.Select(x => x.UserId).ToArray();
}
