namespace AccountGov.Custody.Contracts;

public enum AccountStatus { Active, Suspended, Decommissioned }

/// <summary>MECCG139 §6: the organisation's own, a service's, a campaign's, or shared with a partner organisation.</summary>
public enum AccountType { Corporate, Service, Campaign, Shared }

public enum CustodianRole { Primary, Deputy }

public enum CustodianStatus { Active, OnLeave, Leaving, Left }

public sealed record StaffRef(string UserId, string Name);

public sealed record CustodianDetails(string UserId, string Name, CustodianRole Role, CustodianStatus Status);

/// <summary>The decommissioning checklist (IG31 §8.2 "accounts outside policy are removed"); null until it starts.</summary>
public sealed record DecommissioningDetails(
    bool ContentArchived, string? PlatformOutcome, bool DisclaimerLinksRemoved, DateTimeOffset StartedAt, DateTimeOffset? CompletedAt);

/// <summary>
/// An account in the register, as GET /accounts and GET /accounts/{id} return it (api.md). Never carries a secret:
/// only which credential version is current and when it was stored. An imported account (one that existed before
/// AccountGov) has no request: <see cref="Imported"/> is true and <see cref="RequestId"/> is empty.
/// </summary>
public sealed partial record AccountDetails(
    Guid Id,
    Guid RequestId,
    string Team,
    string Platform,
    string Handle,
    AccountStatus Status,
    IReadOnlyList<CustodianDetails> Custodians,
    StaffRef Sponsor,
    IReadOnlyList<string> Conditions,
    DateTimeOffset RegisteredAt,
    int? CredentialVersion,
    Guid? CredentialVersionId,
    DateTimeOffset? CredentialStoredAt,
    DecommissioningDetails? Decommissioning,
    long Version,
    AccountType Type = AccountType.Corporate,
    string? Partner = null,
    bool Imported = false);

/// <summary>POST /accounts/{id}/custodians (BD).</summary>
public sealed record AddCustodianBody(string UserId, string Name, CustodianRole Role, string? Reason);

/// <summary>POST /accounts/{id}/custodians/{userId}/removal (BD). The last active custodian needs a replacement.</summary>
public sealed record RemoveCustodianBody(string Reason, StaffRef? Replacement);

/// <summary>Suspend, reactivate and start decommissioning (BD).</summary>
public sealed record ReasonBody(string Reason);

/// <summary>POST /accounts/{id}/decommissioning/checklist: ContentArchived, ClosedOnPlatform, HandedBack or DisclaimerLinksRemoved.</summary>
public sealed record ChecklistItemBody(string Item, string? Note);

/// <summary>The KEK now current, how many data keys were rewrapped, and how many could not be read (see the log).</summary>
public sealed record KeyRotationResult(string CurrentKeyId, int Rewrapped, int Unreadable);
