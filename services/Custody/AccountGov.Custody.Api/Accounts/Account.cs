using AccountGov.Custody.Api.Credentials.Acknowledging;
using AccountGov.EventSourcing.Writing;

namespace AccountGov.Custody.Api.Accounts;

public enum AccountStatus { Active, Suspended, Decommissioned }

public enum CustodianRole { Primary, Deputy }

/// <summary>Driven by HR events (Hr/CustodyReconciler). Only <see cref="Active"/> may reveal a secret (IG31 §8.1).</summary>
public enum CustodianStatus { Active, OnLeave, Leaving, Left }

/// <summary>MECCG139 §6: whose account it is. A Shared account names its partner organisation.</summary>
public enum AccountType { Corporate, Service, Campaign, Shared }

public sealed record Person(string UserId, string Name);

public sealed record Custodian(string UserId, string Name, CustodianRole Role, CustodianStatus Status);

/// <summary>
/// An account entered the register: from an approved request, or imported by BD as one that already existed
/// (<see cref="RequestId"/> empty, <see cref="ApprovedBy"/> the importing officer). Type and partner are absent from
/// events written before they existed, which were all Corporate.
/// </summary>
public sealed record AccountRegistered(
    Guid AccountId, Guid RequestId, string Team, string Platform, string Handle, Person Sponsor,
    IReadOnlyList<Custodian> Custodians, IReadOnlyList<string> Conditions, string ApprovedBy, DateTimeOffset RegisteredAt,
    AccountType Type = AccountType.Corporate, string? Partner = null);

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
    IReadOnlyList<Custodian> Custodians, IReadOnlyList<string> Conditions, DateTimeOffset RegisteredAt) : IAggregate<Account>
{
    /// <summary>The stream version, set by Marten on the snapshot and on as-of rebuilds.</summary>
    public long Version { get; set; }

    public AccountType Type { get; init; }
    public string? Partner { get; init; }

    /// <summary>Platform and handle as the register compares them (Accounts/Uniqueness).</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public string HandleKey => ServiceDefaults.Validation.HandleKey.Of(Platform, Handle);

    /// <summary>Imported by BD as an account that existed before AccountGov: no request, so no business case to link.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public bool Imported => RequestId == Guid.Empty;

    public CurrentCredential? Credential { get; init; }
    public bool KeyDestroyed { get; init; }
    public DecommissioningChecklist? Decommissioning { get; init; }
    /// <summary>Custodians who acknowledged the never-post rules (CO23 §3.5): only they may reveal.</summary>
    public IReadOnlyList<string> RulesAcknowledgedBy { get; init; } = [];

    /// <summary>Every event of the stream, its first included (Marten hands the projection only these).</summary>
    public static IReadOnlyList<Type> Events { get; } =
    [
        typeof(AccountRegistered), typeof(CustodianAdded), typeof(CustodianRemoved), typeof(CustodianRoleChanged),
        typeof(CustodianStatusChanged), typeof(AccountSuspended), typeof(AccountReactivated), typeof(DecommissioningStarted),
        typeof(DecommissioningItemCompleted), typeof(AccountDecommissioned), typeof(CredentialStored), typeof(CredentialRevealed),
        typeof(CredentialIntegrityFailed), typeof(CredentialKeyDestroyed), typeof(NeverPostRulesAcknowledged),
    ];

    /// <summary>The stream starts with the registration.</summary>
    public static Account Start(object first) => first is AccountRegistered e
        ? new(e.AccountId, e.RequestId, e.Team, e.Platform, e.Handle, AccountStatus.Active, e.Sponsor, e.Custodians,
            e.Conditions, e.RegisteredAt) { Type = e.Type, Partner = e.Partner }
        : throw new UnknownEvent(typeof(Account), first);

    private Account On(CustodianAdded e) => this with { Custodians = [.. Custodians, e.Custodian] };

    private Account On(CustodianRemoved e) => this with { Custodians = Custodians.Where(c => c.UserId != e.UserId).ToArray() };

    private Account On(CustodianRoleChanged e) => this with { Custodians = Replace(e.UserId, c => c with { Role = e.Role }) };

    private Account On(CustodianStatusChanged e) => this with { Custodians = Replace(e.UserId, c => c with { Status = e.Status }) };

    private Account On(AccountSuspended e) => this with { Status = AccountStatus.Suspended };

    private Account On(AccountReactivated e) => this with { Status = AccountStatus.Active };

    private Account On(DecommissioningStarted e) => this with { Decommissioning = new DecommissioningChecklist(e.StartedAt, [], null) };

    private Account On(DecommissioningItemCompleted e) => this with
    {
        Decommissioning = Decommissioning! with { Done = [.. Decommissioning.Done, e.Item] },
    };

    private Account On(AccountDecommissioned e) => this with
    {
        Status = AccountStatus.Decommissioned,
        Decommissioning = Decommissioning! with { CompletedAt = e.DecommissionedAt },
    };

    private Account On(CredentialStored e) => this with
    {
        Credential = new CurrentCredential(e.CredentialVersionId, e.Version, e.PasswordFingerprint, e.StoredBy, e.StoredAt, 0, false),
    };

    /// <summary>A reveal counts against the version shown (a break-glass one too; its grant's own stream records the use).</summary>
    private Account On(CredentialRevealed e) => this with
    {
        Credential = Credential is { } c && c.VersionId == e.CredentialVersionId ? c with { Reveals = c.Reveals + 1 } : Credential,
    };

    private Account On(CredentialIntegrityFailed e) => this with
    {
        Credential = Credential is { } c && c.VersionId == e.CredentialVersionId ? c with { IntegrityFailed = true } : Credential,
    };

    private Account On(CredentialKeyDestroyed e) => this with { KeyDestroyed = true };

    private Account On(NeverPostRulesAcknowledged e) => this with { RulesAcknowledgedBy = [.. RulesAcknowledgedBy, e.UserId] };

    /// <summary>The one evolve: every event of the stream after the first. Marten folds the stream through it too (Shared EvolvingProjection).</summary>
    public Account Then(object e) => e switch
    {
        CustodianAdded x => On(x), CustodianRemoved x => On(x), CustodianRoleChanged x => On(x),
        CustodianStatusChanged x => On(x), AccountSuspended x => On(x), AccountReactivated x => On(x),
        DecommissioningStarted x => On(x), DecommissioningItemCompleted x => On(x), AccountDecommissioned x => On(x),
        CredentialStored x => On(x), CredentialRevealed x => On(x), CredentialIntegrityFailed x => On(x),
        CredentialKeyDestroyed x => On(x), NeverPostRulesAcknowledged x => On(x),
        _ => throw new UnknownEvent(typeof(Account), e),
    };

    public Custodian? CustodianOf(string userId) => Custodians.FirstOrDefault(c => c.UserId == userId);

    /// <summary>Only an Active custodian may reach the secret (IG31 §8.1; architecture.md "Secrets").</summary>
    public bool IsActiveCustodian(string userId) => CustodianOf(userId) is { Status: CustodianStatus.Active };

    private Custodian[] Replace(string userId, Func<Custodian, Custodian> change) =>
        Custodians.Select(c => c.UserId == userId ? change(c) : c).ToArray();
}
