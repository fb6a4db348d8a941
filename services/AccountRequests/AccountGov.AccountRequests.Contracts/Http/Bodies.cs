namespace AccountGov.AccountRequests.Contracts.Http;

// Request bodies. Every member is nullable so the service can name each missing field in its 400 instead of failing
// the whole body at deserialisation; the service's validation is the authority on what is required.

public sealed record PersonBody(string? UserId, string? Name, string? Email);

/// <summary>A named custodian. <see cref="Role"/> is optional: without roles the first custodian is the Primary.</summary>
public sealed record CustodianBody(string? UserId, string? Name, string? Email, string? Role = null);

public sealed record AttestationsBody(bool? ReadSocialMediaPolicy, bool? ReadEmailAndInternetPolicy, bool? DisclaimerWillBeDisplayed);

/// <summary>The ten BLMK Appendix 2 (Stage 1) screening questions, in the policy's order.</summary>
public sealed record DpiaScreeningBody(
    bool? PersonalData, bool? SensitiveData, bool? UniqueIdentifiers, bool? PseudonymisedData,
    bool? NewAccessToInformation, bool? NewPurpose, bool? PrivacyIntrusiveTechnology,
    bool? SignificantAutomatedDecisions, bool? AdditionalInformationCollected, bool? IntrusiveContact);

/// <summary>The CO23 §3.4 instant-messaging checklist; required for WhatsApp and Teams, refused for other platforms.</summary>
public sealed record MessagingChecklistBody(
    bool? Encryption, bool? EndUserVerification, bool? PasscodeProtection, bool? RemoteWipe,
    string? MessageRetention, string? MembershipReviewCadence);

/// <summary>
/// The business case: the body of both <c>POST /requests</c> and <c>PUT /requests/{id}</c>. <see cref="AccountType"/>
/// (Corporate, Service, Campaign, Shared) is optional so clients written before it still submit: absent means
/// Corporate. <see cref="Partner"/>, the partner organisation's name, is required for Shared and refused otherwise.
/// </summary>
public sealed record BusinessCaseBody(
    string? Team, string? Platform, string? Handle,
    string? Purpose, string? Audience, string? Benefits, string? Risks, string? MonitoringHours,
    PersonBody? Sponsor, IReadOnlyList<CustodianBody?>? Custodians,
    AttestationsBody? Attestations, DpiaScreeningBody? DpiaScreening,
    MessagingChecklistBody? MessagingChecklist = null,
    string? AccountType = null, string? Partner = null);

/// <summary>One risk of the full DPIA, scored as in the ICO template.</summary>
public sealed record DpiaRiskBody(string? Description, string? Likelihood, string? Severity, string? Mitigation);

/// <summary>The full (Stage 2) DPIA: <c>POST /requests/{id}/dpia</c>.</summary>
public sealed record DpiaBody(
    string? DescriptionOfProcessing, string? NecessityAndProportionality,
    IReadOnlyList<DpiaRiskBody?>? Risks, string? ResidualRisk);

public sealed record WithdrawBody(string? Reason);
