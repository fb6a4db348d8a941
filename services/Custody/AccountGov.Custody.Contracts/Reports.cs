namespace AccountGov.Custody.Contracts;

/// <summary>One line of GET /accounts/{id}/audit: who did what, when and why. Never a secret.</summary>
public sealed record AuditEntry(long Version, DateTimeOffset At, string Event, string By, string? Reason, string Detail);

/// <summary>How someone could have seen the current credential version.</summary>
public enum ExposureKind { Custodian, StoredIt, Revealed, BreakGlass }

public sealed record ExposedPerson(string UserId, string Name, IReadOnlyList<ExposureKind> Ways, DateTimeOffset Since, int Reveals);

/// <summary>
/// Who could have seen the current credential version since it was stored: its custodians in that window, who
/// stored it, and everyone who revealed it. Change the password to clear the list.
/// </summary>
public sealed partial record ExposureReport(
    Guid AccountId, string Team, string Platform, string Handle, AccountStatus Status, int? CredentialVersion, DateTimeOffset? StoredAt,
    IReadOnlyList<ExposedPerson> People);
