using System.Text.Json.Serialization;

namespace AccountGov.AccountRequests.Contracts.Http;

[JsonConverter(typeof(JsonStringEnumConverter<RequestStatus>))]
public enum RequestStatus { Submitted, ChangesRequested, Approved, Rejected, Withdrawn }

/// <summary>The answer to every write: where the request now stands. <see cref="Version"/> is the ETag value.</summary>
public sealed record RequestAccepted(Guid Id, RequestStatus Status, bool DpiaRequired, long Version, int Revision);

public sealed record PersonView(string UserId, string Name, string Email);

public sealed record CustodianView(string UserId, string Name, string Email, CustodianRole Role);

public sealed record AttestationsView(bool ReadSocialMediaPolicy, bool ReadEmailAndInternetPolicy, bool DisclaimerWillBeDisplayed);

public sealed record DpiaScreeningView(
    bool PersonalData, bool SensitiveData, bool UniqueIdentifiers, bool PseudonymisedData,
    bool NewAccessToInformation, bool NewPurpose, bool PrivacyIntrusiveTechnology,
    bool SignificantAutomatedDecisions, bool AdditionalInformationCollected, bool IntrusiveContact);

public sealed record MessagingChecklistView(
    bool Encryption, bool EndUserVerification, bool PasscodeProtection, bool RemoteWipe,
    string MessageRetention, string MembershipReviewCadence);

public sealed record DpiaRiskView(string Description, string Likelihood, string Severity, string Mitigation);

public sealed record DpiaView(
    string DescriptionOfProcessing, string NecessityAndProportionality, IReadOnlyList<DpiaRiskView> Risks,
    string ResidualRisk, int ForRevision, string AttachedBy, DateTimeOffset AttachedAt);

/// <summary>One line of a request's readable history: what happened, when, and by whom.</summary>
public sealed record HistoryEntry(string Event, DateTimeOffset At, string By, int? Revision = null, string? Comment = null);

public sealed record RequestDetails(
    Guid Id, RequestStatus Status, bool DpiaRequired, long Version, int Revision,
    PersonView Requester, string Team, string Platform, string Handle,
    string Purpose, string Audience, string Benefits, string Risks, string MonitoringHours,
    PersonView Sponsor, IReadOnlyList<CustodianView> Custodians,
    AttestationsView Attestations, DpiaScreeningView DpiaScreening, string ScreeningPolicy,
    MessagingChecklistView? MessagingChecklist, DpiaView? Dpia,
    DateTimeOffset SubmittedAt, DateTimeOffset? DecidedAt,
    IReadOnlyList<HistoryEntry> History, string AccountType = "Corporate", string? Partner = null,
    IReadOnlyList<PolicyVersionView>? Policies = null);

/// <summary>
/// A policy text with its version and review date: in a request, the one it was checked against (<c>PastReview</c>
/// as of now); from <c>GET /requests/policies</c>, the ones in force.
/// </summary>
public sealed record PolicyVersionView(string Key, string Reference, string Version, DateOnly ReviewBy, bool PastReview);

public sealed record RequestSummary(
    Guid Id, RequestStatus Status, string Team, string Platform, string Handle, string Requester,
    bool DpiaRequired, bool DpiaAttached, int Revision, DateTimeOffset SubmittedAt, DateTimeOffset LastChangedAt);

public sealed record RevisionSummary(int Revision, DateTimeOffset At, string By, bool DpiaRequired, bool ContentChanged);

/// <summary>A business case exactly as it stood at one revision.</summary>
public sealed record RevisionDetails(
    int Revision, DateTimeOffset At, string By, bool DpiaRequired, bool ContentChanged,
    string Team, string Platform, string Handle, string Purpose, string Audience, string Benefits, string Risks,
    string MonitoringHours, PersonView Sponsor, IReadOnlyList<CustodianView> Custodians,
    AttestationsView Attestations, DpiaScreeningView DpiaScreening, MessagingChecklistView? MessagingChecklist,
    string AccountType = "Corporate", string? Partner = null);

public sealed record ScreeningQuestionView(int Number, string Field, string Question);

/// <summary>The rule that turns screening answers into <c>dpiaRequired</c>, with the policy it comes from.</summary>
public sealed record ScreeningPolicyView(string Reference, string Rule, IReadOnlyList<ScreeningQuestionView> Questions);
