using System.Text.Json.Serialization;

namespace AccountGov.Approvals.Contracts;

// Request bodies. Fields are nullable so that a missing one is a 400 with a field error, not a binding failure.
public sealed record EndorsementBody(bool? Endorsed, string? Comment);
public sealed record DpiaReviewBody(string? Outcome, string? Comment);
/// <summary>
/// BD's decision. On an approval, <c>ReviewIntervalMonths</c> sets the periodic account review (1-36, 12 when absent)
/// and <c>DatedConditions</c> are conditions each checked by its own due date; plain <c>Conditions</c> are checked at
/// the periodic review.
/// </summary>
public sealed record DecisionBody(
    string? Outcome, string? Comment, IReadOnlyList<string>? Conditions = null, int? ReviewIntervalMonths = null,
    IReadOnlyList<DatedConditionBody>? DatedConditions = null);
public sealed record DatedConditionBody(string? Text, DateOnly? DueOn);
/// <summary>PUT /cases/{requestId}/sponsor: the person who replaces the named sponsor, with the work email they are written to at.</summary>
public sealed record SponsorBody(string? UserId, string? Name, string? Email);

public sealed record CaseStaff(string UserId, string Name);
public sealed record CaseCustodianDetails(
    string UserId, string Name,
    [property: JsonConverter(typeof(JsonStringEnumConverter<ApprovedCustodianRole>))] ApprovedCustodianRole Role);

/// <summary>One stage of a case. <c>DueBy</c> is set when the stage becomes actionable.</summary>
public sealed record StageDetails(
    StageName Name, StageStatus Status, string? DecidedBy, DateTimeOffset? DecidedAt, string? Comment,
    DateOnly? DueBy, bool Overdue);

/// <summary>Who did what, when. Decisions reset by a revision stay here.</summary>
public sealed record CaseHistoryEntry(string Event, StageName? Stage, string By, DateTimeOffset At, string? Comment);

public sealed record CaseAlertDetails(CaseAlertKind Kind, StageName Stage, DateOnly DueBy, DateTimeOffset At);

/// <summary>GET /cases/{requestId}.</summary>
public sealed record CaseDetails(
    Guid RequestId,
    CaseStatus Status,
    int Revision,
    string Team,
    string Platform,
    string Handle,
    CaseStaff Requester,
    CaseStaff Sponsor,
    IReadOnlyList<CaseCustodianDetails> Custodians,
    bool DpiaRequired,
    bool DpiaAttached,
    StageName? CurrentStage,
    DateOnly? DueBy,
    bool Overdue,
    IReadOnlyList<StageDetails> Stages,
    IReadOnlyList<string> Conditions,
    IReadOnlyList<CaseHistoryEntry> History,
    IReadOnlyList<CaseAlertDetails> Alerts,
    long Version,
    string? DpiaResidualRisk = null);

/// <summary>A work-queue row: sorted by <c>DueBy</c>, overdue rows flagged. A DPIA review with no <c>DueBy</c> waits for its DPIA.</summary>
public sealed record CaseSummary(
    Guid RequestId,
    CaseStatus Status,
    string Team,
    string Platform,
    string Handle,
    string RequesterId,
    string SponsorId,
    StageName? CurrentStage,
    DateOnly? DueBy,
    bool Overdue,
    bool Reminded,
    bool Escalated,
    DateTimeOffset OpenedAt,
    bool DpiaRequired,
    bool DpiaAttached);
