using AccountGov.AccountRequests.Contracts;

namespace AccountGov.AccountRequests.Api.Requests;

/// <summary>The platforms of api.md. WhatsApp and Teams are instant messaging (CO23 §3.4).</summary>
public enum Platform { X, Facebook, Instagram, LinkedIn, YouTube, TikTok, Blog, WhatsApp, Teams, Other }

public enum ReviewCadence { Weekly, Fortnightly, Monthly, Quarterly }

/// <summary>
/// What kind of account the register holds (MECCG139 §6): the organisation's own, a service's, a time-limited
/// campaign's, or one shared with a partner organisation, which then names the partner.
/// </summary>
public enum AccountType { Corporate, Service, Campaign, Shared }

/// <summary>A member of staff named on a request. Work contact details only, kept in this service's own store.</summary>
public sealed record Person(string UserId, string Name, string Email);

public sealed record Custodian(string UserId, string Name, string Email, CustodianRole Role);

/// <summary>IG31 §5 (both policies read) and §8.2 (the disclaimer). All three must be true to submit.</summary>
public sealed record Attestations(bool ReadSocialMediaPolicy, bool ReadEmailAndInternetPolicy, bool DisclaimerWillBeDisplayed);

/// <summary>The answers to the ten BLMK Appendix 2 questions; <see cref="ScreeningPolicy"/> says what they mean.</summary>
public sealed record DpiaScreening(
    bool PersonalData, bool SensitiveData, bool UniqueIdentifiers, bool PseudonymisedData,
    bool NewAccessToInformation, bool NewPurpose, bool PrivacyIntrusiveTechnology,
    bool SignificantAutomatedDecisions, bool AdditionalInformationCollected, bool IntrusiveContact);

/// <summary>CO23 §3.4: the security features an IM group must address, and how often its admin reviews membership.</summary>
public sealed record MessagingChecklist(
    bool Encryption, bool EndUserVerification, bool PasscodeProtection, bool RemoteWipe,
    string MessageRetention, ReviewCadence MembershipReviewCadence);

/// <summary>The business case of IG31 §8, as one revision states it.</summary>
public sealed record BusinessCase(
    string Team, Platform Platform, string Handle,
    string Purpose, string Audience, string Benefits, string Risks, string MonitoringHours,
    Person Sponsor, IReadOnlyList<Custodian> Custodians,
    Attestations Attestations, DpiaScreening DpiaScreening, MessagingChecklist? MessagingChecklist,
    AccountType AccountType = AccountType.Corporate, string? Partner = null)
{
    public static bool IsMessaging(Platform platform) => platform is Platform.WhatsApp or Platform.Teams;

    /// <summary>Value comparison including the custodian list (records compare lists by reference).</summary>
    public bool SameContentAs(BusinessCase other) =>
        this with { Custodians = [] } == other with { Custodians = [] } && Custodians.SequenceEqual(other.Custodians);
}

public enum Likelihood { Remote, Possible, Probable }
public enum Severity { Minimal, Significant, Severe }
public enum ResidualRisk { Low, Medium, High }

public sealed record DpiaRisk(string Description, Likelihood Likelihood, Severity Severity, string Mitigation);

/// <summary>The full (Stage 2) DPIA that BLMK Appendix 2 requires after any "Yes" (IG31 §6.1, §8: part of the case).</summary>
public sealed record FullDpia(
    string DescriptionOfProcessing, string NecessityAndProportionality, IReadOnlyList<DpiaRisk> Risks, ResidualRisk ResidualRisk);
