using MassTransit;

namespace AccountGov.Custody.Contracts;

/// <summary>
/// An approved request became a registered account, or BD imported one that already existed (<c>RequestId</c> empty).
/// Published by Custody's forwarder. <c>Type</c> and <c>Partner</c> are null from producers before they were added.
/// </summary>
[MessageUrn("accountgov:custody:account-registered:v1")]
public sealed record AccountRegistered(
    Guid AccountId, Guid RequestId, string Team, string Platform, string Handle,
    IReadOnlyList<CustodianDetails> Custodians, DateTimeOffset RegisteredAt,
    AccountType? Type = null, string? Partner = null);

[MessageUrn("accountgov:custody:custodian-added:v1")]
public sealed record CustodianAdded(Guid AccountId, string UserId, string Name, CustodianRole Role, string AddedBy, DateTimeOffset AddedAt);

[MessageUrn("accountgov:custody:custodian-removed:v1")]
public sealed record CustodianRemoved(Guid AccountId, string UserId, string RemovedBy, DateTimeOffset RemovedAt);

[MessageUrn("accountgov:custody:custodian-role-changed:v1")]
public sealed record CustodianRoleChanged(Guid AccountId, string UserId, CustodianRole Role, DateTimeOffset ChangedAt);

[MessageUrn("accountgov:custody:custodian-status-changed:v1")]
public sealed record CustodianStatusChanged(Guid AccountId, string UserId, CustodianStatus Status, DateTimeOffset ChangedAt);

/// <summary>A new credential version was stored. Never a secret: the version, and whether the password changed.</summary>
[MessageUrn("accountgov:custody:credential-rotated:v1")]
public sealed record CredentialRotated(Guid AccountId, Guid CredentialVersionId, int Version, bool PasswordChanged, string StoredBy, DateTimeOffset StoredAt);

[MessageUrn("accountgov:custody:account-suspended:v1")]
public sealed record AccountSuspended(Guid AccountId, string SuspendedBy, DateTimeOffset SuspendedAt);

[MessageUrn("accountgov:custody:account-reactivated:v1")]
public sealed record AccountReactivated(Guid AccountId, string ReactivatedBy, DateTimeOffset ReactivatedAt);

/// <summary>The checklist was completed and the account's credentials were crypto-shredded.</summary>
[MessageUrn("accountgov:custody:account-decommissioned:v1")]
public sealed record AccountDecommissioned(Guid AccountId, string DecommissionedBy, DateTimeOffset DecommissionedAt);

/// <summary>Break-glass access was approved by a second BD officer: security monitoring should know at once.</summary>
[MessageUrn("accountgov:custody:break-glass-approved:v1")]
public sealed record BreakGlassApproved(Guid AccountId, Guid BreakGlassId, string OpenedBy, string ApprovedBy, DateTimeOffset ExpiresAt);
