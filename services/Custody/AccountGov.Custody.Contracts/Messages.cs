using MassTransit;

namespace AccountGov.Custody.Contracts;

/// <summary>An approved request became a registered account. Published by Custody's forwarder.</summary>
[MessageUrn("accountgov:custody:account-registered:v1")]
public sealed record AccountRegistered(
    Guid AccountId, Guid RequestId, string Team, string Platform, string Handle,
    IReadOnlyList<CustodianDetails> Custodians, DateTimeOffset RegisteredAt);

[MessageUrn("accountgov:custody:custodian-added:v1")]
public sealed record CustodianAdded(Guid AccountId, string UserId, string Name, CustodianRole Role, string AddedBy, DateTimeOffset AddedAt);

[MessageUrn("accountgov:custody:custodian-removed:v1")]
public sealed record CustodianRemoved(Guid AccountId, string UserId, string RemovedBy, DateTimeOffset RemovedAt);

[MessageUrn("accountgov:custody:custodian-role-changed:v1")]
public sealed record CustodianRoleChanged(Guid AccountId, string UserId, CustodianRole Role, DateTimeOffset ChangedAt);

[MessageUrn("accountgov:custody:custodian-status-changed:v1")]
public sealed record CustodianStatusChanged(Guid AccountId, string UserId, CustodianStatus Status, DateTimeOffset ChangedAt);
