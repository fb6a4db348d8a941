using AccountGov.Custody.Api.Credentials.Acknowledging;
using AccountGov.Custody.Api.Accounts;
using AccountGov.EventSourcing.Writing;
using ExposureKind = AccountGov.Custody.Contracts.ExposureKind;

namespace AccountGov.Custody.Api.Reports;

public sealed record Exposure(string UserId, string Name, IReadOnlyList<ExposureKind> Ways, DateTimeOffset Since, int Reveals);

/// <summary>
/// Who could have seen the current credential version (inline snapshot of the account stream). A new version
/// resets it to the custodians of the moment and whoever stored it; custodians added later and every reveal,
/// break-glass included, join it. Removing someone never removes their exposure: only a new password does.
/// </summary>
public sealed record CredentialExposure(
    Guid Id, string Team, string Platform, string Handle, AccountStatus Status, IReadOnlyList<Person> Custodians,
    int? Version, Guid? VersionId, DateTimeOffset? StoredAt, IReadOnlyList<Exposure> People) : IAggregate<CredentialExposure>
{
    /// <summary>Every event of the stream, its first included (Marten hands the projection only these).</summary>
    public static IReadOnlyList<Type> Events { get; } =
    [
        // The account's stream, so a new account event fails a test until Then places it.
        .. Account.Events,
    ];

    public static CredentialExposure Start(object first) => first is AccountRegistered e
        ? new(e.AccountId, e.Team, e.Platform, e.Handle, AccountStatus.Active,
            e.Custodians.Select(c => new Person(c.UserId, c.Name)).ToArray(), null, null, null, [])
        : throw new UnknownEvent(typeof(CredentialExposure), first);

    private CredentialExposure On(CustodianAdded e) => this with
    {
        Custodians = [.. Custodians, new Person(e.Custodian.UserId, e.Custodian.Name)],
        People = Version is null ? People : Add(People, e.Custodian.UserId, e.Custodian.Name, ExposureKind.Custodian, e.AddedAt, 0),
    };

    private CredentialExposure On(CustodianRemoved e) => this with { Custodians = Custodians.Where(c => c.UserId != e.UserId).ToArray() };

    private CredentialExposure On(CredentialStored e)
    {
        var people = Custodians.Aggregate((IReadOnlyList<Exposure>)[], (list, c) => Add(list, c.UserId, c.Name, ExposureKind.Custodian, e.StoredAt, 0));
        return this with
        {
            Version = e.Version, VersionId = e.CredentialVersionId, StoredAt = e.StoredAt,
            People = Add(people, e.StoredBy, e.StoredByName, ExposureKind.StoredIt, e.StoredAt, 0),
        };
    }

    private CredentialExposure On(CredentialRevealed e) => e.CredentialVersionId != VersionId ? this : this with
    {
        People = Add(People, e.RevealedBy, e.RevealedByName, e.BreakGlassId is null ? ExposureKind.Revealed : ExposureKind.BreakGlass, e.RevealedAt, 1),
    };

    private CredentialExposure On(AccountSuspended e) => this with { Status = AccountStatus.Suspended };
    private CredentialExposure On(AccountReactivated e) => this with { Status = AccountStatus.Active };
    private CredentialExposure On(AccountDecommissioned e) => this with { Status = AccountStatus.Decommissioned };

    /// <summary>
    /// The one evolve, over every event of the account's stream after the first: those that do not change who could
    /// have seen the credential are named, not defaulted, so a new account event fails a test until it is placed.
    /// </summary>
    public CredentialExposure Then(object e) => e switch
    {
        CustodianAdded x => On(x), CustodianRemoved x => On(x), CredentialStored x => On(x), CredentialRevealed x => On(x),
        AccountSuspended x => On(x), AccountReactivated x => On(x), AccountDecommissioned x => On(x),
        CustodianRoleChanged or CustodianStatusChanged or DecommissioningStarted or DecommissioningItemCompleted
            or CredentialIntegrityFailed or CredentialKeyDestroyed or NeverPostRulesAcknowledged => this,
        _ => throw new UnknownEvent(typeof(CredentialExposure), e),
    };

    private static IReadOnlyList<Exposure> Add(IReadOnlyList<Exposure> people, string userId, string name, ExposureKind way, DateTimeOffset at, int reveals)
    {
        var existing = people.FirstOrDefault(p => p.UserId == userId);
        if (existing is null) return [.. people, new Exposure(userId, name, [way], at, reveals)];
        var merged = existing with
        {
            Ways = existing.Ways.Contains(way) ? existing.Ways : [.. existing.Ways, way],
            Reveals = existing.Reveals + reveals,
        };
        return people.Select(p => p.UserId == userId ? merged : p).ToArray();
    }
}
