using System.Reflection;
using AccountGov.Custody.Api.Accounts;

namespace AccountGov.Custody.UnitTests.Accounts;

/// <summary>
/// Marten 9 silently ignores non-public Apply methods, so: every domain event on the account stream has a public
/// Apply (or Create), and every Apply changes the aggregate.
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
    public void GivenEveryAccountEvent_WhenApplied_ThenThereIsAPublicApplyAndTheStateChanges()
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
            var apply = typeof(Account).GetMethod("Apply", BindingFlags.Public | BindingFlags.Instance, [e.GetType()]);
            Assert.True(apply is not null, $"{e.GetType().Name} has no public Apply on Account.");
            var before = Snapshot(replayed);
            var evolved = replayed.Then(e);
            replayed = (Account)apply.Invoke(replayed, [e])!;
            Assert.True(before != Snapshot(replayed), $"Applying {e.GetType().Name} did not change the account.");
            Assert.True(Snapshot(evolved) == Snapshot(replayed), $"Then({e.GetType().Name}) does not fold as Marten's Apply does.");
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
