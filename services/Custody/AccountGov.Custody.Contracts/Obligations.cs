using MassTransit;

namespace AccountGov.Custody.Contracts;

/// <summary>Why a rotation task opened: a custodian removed, a break-glass reveal, or a stored credential failing its integrity check.</summary>
public enum RotationCause { CustodianRemoved, BreakGlassUsed, IntegrityFailed }

/// <summary>An open rotation task: the password must change (IG31 §8.1); it closes when a new password is stored.</summary>
public sealed record RotationTaskDetails(RotationCause Cause, DateTimeOffset OpenedAt);

/// <summary>
/// What an account's credential still owes: its first deposit (due within a set number of business days of
/// registration) and the open rotation tasks. On GET /accounts/{id}.
/// </summary>
public sealed record CredentialObligationsDetails(bool DepositOwed, DateOnly DepositDueOn, bool DepositOverdue, IReadOnlyList<RotationTaskDetails> OpenRotations);

public sealed partial record AccountDetails
{
    /// <summary>Set by GET /accounts/{id} (not by lists or as-of reads).</summary>
    public CredentialObligationsDetails? Obligations { get; init; }
}

public sealed partial record ExposureReport
{
    /// <summary>The open rotation tasks: until they close, the people listed may still know the password.</summary>
    public IReadOnlyList<RotationTaskDetails> OpenRotations { get; init; } = [];
}

/// <summary>A line of GET /reports/missing-credentials: an account with no credential deposited yet.</summary>
public sealed record MissingCredential(
    Guid AccountId, string Team, string Platform, string Handle, AccountStatus Status, DateTimeOffset RegisteredAt, DateOnly DueOn,
    bool Overdue, bool Escalated, IReadOnlyList<StaffRef> Custodians);

/// <summary>A line of GET /reports/rotations: an account whose password must change, and why.</summary>
public sealed record OpenRotation(Guid AccountId, string Team, string Platform, string Handle, IReadOnlyList<RotationTaskDetails> Tasks);

/// <summary>The first deposit falls due today: the custodians are asked to store the credential.</summary>
[MessageUrn("accountgov:custody:credential-deposit-due:v1")]
public sealed record CredentialDepositDue(Guid AccountId, DateOnly DueOn, IReadOnlyList<string> CustodianUserIds, DateTimeOffset At);

/// <summary>No credential was deposited by its due date: Business Development is told, the custodians copied.</summary>
[MessageUrn("accountgov:custody:credential-deposit-escalated:v1")]
public sealed record CredentialDepositEscalated(
    Guid AccountId, DateOnly DueOn, IReadOnlyList<string> CustodianUserIds, string? SponsorUserId, DateTimeOffset At);

/// <summary>The account's password must change; the custodians are told. Says why, never who knew it.</summary>
[MessageUrn("accountgov:custody:credential-rotation-required:v1")]
public sealed record CredentialRotationRequired(Guid AccountId, RotationCause Cause, IReadOnlyList<string> CustodianUserIds, DateTimeOffset At);
