using MassTransit;

namespace AccountGov.Approvals.Contracts;

public enum ApprovedCustodianRole { Primary, Deputy }

public sealed record ApprovedCustodian(string UserId, string Name, ApprovedCustodianRole Role);

public sealed record ApprovedStaff(string UserId, string Name);

/// <summary>A condition of BD's approval that must be met by a date (its text is in <c>Conditions</c> too).</summary>
public sealed record ApprovedCondition(string Text, DateOnly DueOn);

/// <summary>
/// Business Development authorised the account. Everything Custody needs to register it: the request, the
/// account's identity, its named custodians, the sponsor (told of custody gaps) and BD's conditions.
/// <c>Comment</c> is BD's own note on the decision (staff-written, never the requester's text); null when none.
/// <c>AccountType</c> (Corporate, Service, Campaign, Shared) and <c>Partner</c> (the partner organisation, for Shared)
/// come from the request; null from producers before they were added, which means Corporate.
/// The review terms (null from producers before they were carried; Custody then uses 12 months): the periodic
/// review interval, the IM membership review cadence from the business case (Weekly, Fortnightly, Monthly,
/// Quarterly; null when not an IM group), and the conditions with a due date.
/// </summary>
[MessageUrn("accountgov:approvals:account-request-approved:v1")]
public sealed record AccountRequestApproved(
    Guid RequestId,
    string Team,
    string Platform,
    string Handle,
    ApprovedStaff Sponsor,
    IReadOnlyList<ApprovedCustodian> Custodians,
    IReadOnlyList<string> Conditions,
    string ApprovedBy,
    DateTimeOffset ApprovedAt,
    string? Comment = null,
    int? ReviewIntervalMonths = null,
    string? MembershipReviewCadence = null,
    IReadOnlyList<ApprovedCondition>? DatedConditions = null,
    string? AccountType = null,
    string? Partner = null);

[MessageUrn("accountgov:approvals:account-request-rejected:v1")]
public sealed record AccountRequestRejected(Guid RequestId, string Stage, string RejectedBy, string Reason, DateTimeOffset RejectedAt);

[MessageUrn("accountgov:approvals:changes-requested:v1")]
public sealed record ChangesRequested(Guid RequestId, string RequestedBy, string Comment, DateTimeOffset RequestedAt);

/// <summary>
/// The requester or BD replaced the sponsor while the endorsement was pending: the new sponsor owes it, by
/// <c>DueBy</c>, and the previous one can no longer give it. <c>SponsorEmail</c> is the work email given for them.
/// </summary>
[MessageUrn("accountgov:approvals:sponsor-replaced:v1")]
public sealed record SponsorReplaced(
    Guid RequestId, string PreviousSponsorId, ApprovedStaff Sponsor, string SponsorEmail, string ReplacedBy, DateOnly? DueBy,
    DateTimeOffset ReplacedAt);

/// <summary>IG asked the requester to amend the full DPIA; the review resumes when the amended DPIA is attached.</summary>
[MessageUrn("accountgov:approvals:dpia-changes-requested:v1")]
public sealed record DpiaChangesRequested(Guid RequestId, string RequestedBy, string Comment, DateTimeOffset RequestedAt);
