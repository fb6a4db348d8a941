using AccountGov.Approvals.Contracts;

namespace AccountGov.Approvals.Api.Cases;

// Domain events of a case (stream id = request id). Private to Approvals; Outbound/ maps three of them to contracts.
// Work identities only (user id and display name), no free text from the request itself. The one contact detail is
// a replacement sponsor's work email (CaseSponsorReplaced): AccountRequests keeps it on the business case and
// Notifications writes to it, as they do with the sponsor's email given on the submission.

public sealed record Party(string UserId, string Name);

public sealed record CaseCustodian(string UserId, string Name, ApprovedCustodianRole Role);

/// <summary>A stage became actionable and its business-day clock started.</summary>
public sealed record StageDue(StageName Stage, DateOnly DueBy);

/// <summary>The request as Approvals keeps it, from RequestSubmitted or RequestRevised.</summary>
public sealed record RequestSnapshot(
    int Revision, string Team, string Platform, string Handle, Party Requester, Party Sponsor,
    IReadOnlyList<CaseCustodian> Custodians, bool DpiaRequired, string? AccountType = null, string? Partner = null,
    string? MembershipReviewCadence = null);

public sealed record CaseOpened(
    Guid RequestId, RequestSnapshot Request, IReadOnlyList<StageName> Route, StageDue? Started, DateTimeOffset OpenedAt);

/// <summary>A revision reopened the case: <c>Kept</c> are the completed stages the revision did not invalidate.</summary>
public sealed record CaseReopened(
    Guid RequestId, RequestSnapshot Request, bool ContentChanged, IReadOnlyList<StageName> Route,
    IReadOnlyList<StageName> Kept, StageDue? Started, DateTimeOffset ReopenedAt);

/// <summary><c>ResidualRisk</c> (Low, Medium, High) decides whether accepting needs a comment; null before it was carried.</summary>
public sealed record FullDpiaAttached(
    Guid RequestId, int Revision, string AttachedBy, StageDue? Started, DateTimeOffset AttachedAt, string? ResidualRisk = null);

public sealed record SponsorEndorsed(Guid RequestId, string EndorsedBy, string? Comment, StageDue? Started, DateTimeOffset EndorsedAt);

public sealed record DpiaReviewAccepted(Guid RequestId, string ReviewedBy, string? Comment, StageDue? Started, DateTimeOffset ReviewedAt);

/// <summary>BD authorised the account (IG31 §8); carries everything Custody needs to register it.</summary>
public sealed record CaseApproved(
    Guid RequestId, string Team, string Platform, string Handle, Party Sponsor, IReadOnlyList<CaseCustodian> Custodians,
    IReadOnlyList<string> Conditions, string ApprovedBy, string? Comment, DateTimeOffset ApprovedAt,
    int? ReviewIntervalMonths = null, string? MembershipReviewCadence = null, IReadOnlyList<DatedCondition>? DatedConditions = null,
    string? AccountType = null, string? Partner = null);

/// <summary>A condition of the approval with the date it must be met by.</summary>
public sealed record DatedCondition(string Text, DateOnly DueOn);

/// <summary>A stage said no: the sponsor declined, IG rejected the DPIA, or BD rejected the request.</summary>
public sealed record CaseRejected(Guid RequestId, StageName Stage, string RejectedBy, string Reason, DateTimeOffset RejectedAt);

/// <summary>BD sent the case back to the requester; <c>AtStage</c> is the stage it was in (null: the BD decision, as before).</summary>
public sealed record CaseChangesRequested(Guid RequestId, string RequestedBy, string Comment, DateTimeOffset RequestedAt, StageName? AtStage = null);

/// <summary>IG asked the requester to amend the DPIA: the review waits for the amended DPIA, its clock stopped.</summary>
public sealed record DpiaReviewChangesRequested(Guid RequestId, string RequestedBy, string Comment, DateTimeOffset RequestedAt);

/// <summary>The requester or BD named another sponsor while the endorsement was pending; its clock starts again.</summary>
public sealed record CaseSponsorReplaced(
    Guid RequestId, Party Previous, Party Sponsor, string SponsorEmail, string ReplacedBy, StageDue? Started, DateTimeOffset ReplacedAt);

public sealed record CaseWithdrawn(Guid RequestId, string WithdrawnBy, DateTimeOffset WithdrawnAt);

public sealed record StageReminded(Guid RequestId, StageName Stage, DateOnly DueBy, DateTimeOffset RemindedAt);

public sealed record StageEscalated(Guid RequestId, StageName Stage, DateOnly DueBy, DateTimeOffset EscalatedAt);
