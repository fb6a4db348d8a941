using AccountGov.Custody.Api.Accounts;

namespace AccountGov.Custody.UnitTests.Accounts;

/// <summary>
/// Marten hands its projection only the events an aggregate lists, so: every domain event on the account stream is
/// listed in <see cref="Account.Events"/>, Marten's projection folds it as the one evolve (<c>Then</c>) does, and every
/// one changes the aggregate.
/// </summary>
public class ReplayTests
{
    private static readonly DateTimeOffset Now = Approved.Now;

    private static IEnumerable<object> OneOfEach(Account a)
    {
        var version = Guid.NewGuid();
        yield return new CustodianAdded(a.Id, new Custodian("ivy", "Ivy", CustodianRole.Deputy, CustodianStatus.Active), "beth", "", Now);
        yield return new CustodianRemoved(a.Id, "ivy", "beth", "", Now);
        yield return new CustodianRoleChanged(a.Id, "dina", CustodianRole.Primary, "beth", Now);
        yield return new CustodianStatusChanged(a.Id, "carl", CustodianStatus.OnLeave, "hr", "", Now);
        yield return new CredentialStored(a.Id, version, 2, "v1:bb", true, "carl", "Carl", Now);
        yield return new CredentialRevealed(a.Id, version, 2, "carl", "Carl", "why", null, Now);
        yield return new CredentialIntegrityFailed(a.Id, version, "carl", Now);
        yield return new CredentialKeyDestroyed(a.Id, "beth", Now);
        yield return new AccountSuspended(a.Id, "beth", "why", Now);
        yield return new AccountReactivated(a.Id, "beth", "why", Now);
        yield return new DecommissioningStarted(a.Id, "beth", "why", Now);
        yield return new DecommissioningItemCompleted(a.Id, DecommissioningItem.ContentArchived, "beth", "", Now);
        yield return new AccountDecommissioned(a.Id, "beth", Now);
    }

    [Fact]
    public void GivenEveryAccountEvent_WhenApplied_ThenMartenIsHandedItAndTheStateChanges()
    {
        var eventTypes = typeof(Account).Assembly.GetTypes()
            .Where(t => t.Namespace == typeof(Account).Namespace && t.IsSealed && t.GetProperty("AccountId") is not null)
            .ToHashSet();
        var state = Given.Registered().WithCredential();
        var covered = new HashSet<Type> { typeof(AccountRegistered) };

        // Applied in order, each on the state the previous ones built (e.g. approval after opening).
        var events = OneOfEach(state).ToList();
        var replayed = state;
        foreach (var e in events)
        {
            Assert.True(Account.Events.Contains(e.GetType()), $"{e.GetType().Name} is not in Account.Events: Marten would skip it.");
            var before = Snapshot(replayed);
            var projected = MartenFold.Evolve(replayed, e);
            replayed = replayed.Then(e);
            Assert.True(before != Snapshot(replayed), $"Applying {e.GetType().Name} did not change the account.");
            Assert.True(Snapshot(projected) == Snapshot(replayed), $"Marten's projection does not fold {e.GetType().Name} as Then does.");
            covered.Add(e.GetType());
        }

        Assert.Empty(eventTypes.Except(covered).Select(t => t.Name));
    }

    [Fact]
    public void GivenAnEventOfAnotherStream_WhenEvolved_ThenItFailsLoudly() =>
        Assert.Throws<AccountGov.EventSourcing.Writing.UnknownEvent>(() => Given.Registered().Then(new AccountRegistered(
            Guid.NewGuid(), Guid.NewGuid(), "t", "p", "h", new Person("sam", "Sam"), [], [], "beth", Now)));

    private static string Snapshot(Account a) => System.Text.Json.JsonSerializer.Serialize(a);
}
