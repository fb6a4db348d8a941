using AccountGov.EventSourcing.Writing;

namespace AccountGov.Custody.Api.Accounts;

public enum AccountStatus { Active, Suspended, Decommissioned }

public enum CustodianRole { Primary, Deputy }

/// <summary>Driven by HR events (Hr/Reconciling). Only <see cref="Active"/> may reveal a secret (IG31 §8.1).</summary>
public enum CustodianStatus { Active, OnLeave, Leaving, Left }

public sealed record Person(string UserId, string Name);

public sealed record Custodian(string UserId, string Name, CustodianRole Role, CustodianStatus Status);

public sealed record AccountRegistered(
    Guid AccountId, Guid RequestId, string Team, string Platform, string Handle, Person Sponsor,
    IReadOnlyList<Custodian> Custodians, IReadOnlyList<string> Conditions, string ApprovedBy, DateTimeOffset RegisteredAt);

public sealed record CustodianAdded(Guid AccountId, Custodian Custodian, string AddedBy, string Reason, DateTimeOffset AddedAt);

public sealed record CustodianRemoved(Guid AccountId, string UserId, string RemovedBy, string Reason, DateTimeOffset RemovedAt);

/// <summary>A deputy became primary (or the reverse), e.g. when the primary was removed.</summary>
public sealed record CustodianRoleChanged(Guid AccountId, string UserId, CustodianRole Role, string ChangedBy, DateTimeOffset ChangedAt);

/// <summary>A custodian went on leave, returned, gave notice or left. Appended by the HR handover slices.</summary>
public sealed record CustodianStatusChanged(
    Guid AccountId, string UserId, CustodianStatus Status, string ChangedBy, string Reason, DateTimeOffset ChangedAt);

/// <summary>
/// One registered account: what decisions and the register need, nothing secret. The stream id is derived from
/// the approved request (<see cref="StreamIds.ForAccount"/>), so a redelivered approval cannot register twice.
/// The whole aggregate is in this file; its events sit beside the slices that decide them (Lifecycle/,
/// Credentials/CredentialEvents.cs). Break-glass grants have streams of their own (BreakGlass/BreakGlassGrant.cs).
/// </summary>
public sealed record Account(
    Guid Id, Guid RequestId, string Team, string Platform, string Handle, AccountStatus Status, Person Sponsor,
    IReadOnlyList<Custodian> Custodians, IReadOnlyList<string> Conditions, DateTimeOffset RegisteredAt) : IEvolving<Account>
{
    /// <summary>The stream version, set by Marten on the snapshot and on as-of rebuilds.</summary>
    public long Version { get; set; }

    public CurrentCredential? Credential { get; init; }
    public bool KeyDestroyed { get; init; }
    public DecommissioningChecklist? Decommissioning { get; init; }

    public static Account Create(AccountRegistered e) =>
        new(e.AccountId, e.RequestId, e.Team, e.Platform, e.Handle, AccountStatus.Active, e.Sponsor, e.Custodians,
            e.Conditions, e.RegisteredAt);

    public Account Apply(CustodianAdded e) => this with { Custodians = [.. Custodians, e.Custodian] };

    public Account Apply(CustodianRemoved e) => this with { Custodians = Custodians.Where(c => c.UserId != e.UserId).ToArray() };

    public Account Apply(CustodianRoleChanged e) => this with { Custodians = Replace(e.UserId, c => c with { Role = e.Role }) };

    public Account Apply(CustodianStatusChanged e) => this with { Custodians = Replace(e.UserId, c => c with { Status = e.Status }) };

    public Account Apply(AccountSuspended e) => this with { Status = AccountStatus.Suspended };

    public Account Apply(AccountReactivated e) => this with { Status = AccountStatus.Active };

    public Account Apply(DecommissioningStarted e) => this with { Decommissioning = new DecommissioningChecklist(e.StartedAt, [], null) };

    public Account Apply(DecommissioningItemCompleted e) => this with
    {
        Decommissioning = Decommissioning! with { Done = [.. Decommissioning.Done, e.Item] },
    };

    public Account Apply(AccountDecommissioned e) => this with
    {
        Status = AccountStatus.Decommissioned,
        Decommissioning = Decommissioning! with { CompletedAt = e.DecommissionedAt },
    };

    public Account Apply(CredentialStored e) => this with
    {
        Credential = new CurrentCredential(e.CredentialVersionId, e.Version, e.PasswordFingerprint, e.StoredBy, e.StoredAt, 0, false),
    };

    /// <summary>A reveal counts against the version shown (a break-glass one too; its grant's own stream records the use).</summary>
    public Account Apply(CredentialRevealed e) => this with
    {
        Credential = Credential is { } c && c.VersionId == e.CredentialVersionId ? c with { Reveals = c.Reveals + 1 } : Credential,
    };

    public Account Apply(CredentialIntegrityFailed e) => this with
    {
        Credential = Credential is { } c && c.VersionId == e.CredentialVersionId ? c with { IntegrityFailed = true } : Credential,
    };

    public Account Apply(CredentialKeyDestroyed e) => this with { KeyDestroyed = true };

    /// <summary>The one evolve: every event of the stream after the first. Covers every event Marten's Apply convention does (a test checks).</summary>
    public Account Then(object e) => e switch
    {
        CustodianAdded x => Apply(x), CustodianRemoved x => Apply(x), CustodianRoleChanged x => Apply(x),
        CustodianStatusChanged x => Apply(x), AccountSuspended x => Apply(x), AccountReactivated x => Apply(x),
        DecommissioningStarted x => Apply(x), DecommissioningItemCompleted x => Apply(x), AccountDecommissioned x => Apply(x),
        CredentialStored x => Apply(x), CredentialRevealed x => Apply(x), CredentialIntegrityFailed x => Apply(x),
        CredentialKeyDestroyed x => Apply(x),
        _ => throw new UnknownEvent(typeof(Account), e),
    };

    public Custodian? CustodianOf(string userId) => Custodians.FirstOrDefault(c => c.UserId == userId);

    /// <summary>Only an Active custodian may reach the secret (IG31 §8.1; architecture.md "Secrets").</summary>
    public bool IsActiveCustodian(string userId) => CustodianOf(userId) is { Status: CustodianStatus.Active };

    private Custodian[] Replace(string userId, Func<Custodian, Custodian> change) =>
        Custodians.Select(c => c.UserId == userId ? change(c) : c).ToArray();
}
