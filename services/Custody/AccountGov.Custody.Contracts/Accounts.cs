namespace AccountGov.Custody.Contracts;

public enum AccountStatus { Active, Suspended, Decommissioned }

public enum CustodianRole { Primary, Deputy }

public enum CustodianStatus { Active, OnLeave, Leaving, Left }

public sealed record StaffRef(string UserId, string Name);

public sealed record CustodianDetails(string UserId, string Name, CustodianRole Role, CustodianStatus Status);

/// <summary>The decommissioning checklist (IG31 §8.2 "accounts outside policy are removed"); null until it starts.</summary>
public sealed record DecommissioningDetails(
    bool ContentArchived, string? PlatformOutcome, bool DisclaimerLinksRemoved, DateTimeOffset StartedAt, DateTimeOffset? CompletedAt);

/// <summary>
/// An account in the register, as GET /accounts and GET /accounts/{id} return it (api.md). Never carries a secret:
/// only which credential version is current and when it was stored.
/// </summary>
public sealed record AccountDetails(
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
    long Version);
