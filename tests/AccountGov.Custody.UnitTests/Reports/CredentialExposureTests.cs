using AccountGov.Custody.Api.Accounts;
using AccountGov.Custody.Api.Reports;
using AccountGov.Custody.Contracts;
using AccountGov.Custody.UnitTests.Accounts;
using Custodian = AccountGov.Custody.Api.Accounts.Custodian;
using CustodianRole = AccountGov.Custody.Api.Accounts.CustodianRole;
using CustodianStatus = AccountGov.Custody.Api.Accounts.CustodianStatus;
using CustodianAdded = AccountGov.Custody.Api.Accounts.CustodianAdded;
using CustodianRemoved = AccountGov.Custody.Api.Accounts.CustodianRemoved;
using AccountRegistered = AccountGov.Custody.Api.Accounts.AccountRegistered;

namespace AccountGov.Custody.UnitTests.Reports;

public class CredentialExposureTests
{
    private static readonly DateTimeOffset Now = Approved.Now;
    private static readonly Guid AccountId = Guid.NewGuid();

    private static CredentialExposure Registered() => CredentialExposure.Start(new AccountRegistered(AccountId, Guid.NewGuid(), "Team", "X", "@x",
        new Person("sam", "Sam Patel"),
        [new Custodian("carl", "Carl Obi", CustodianRole.Primary, CustodianStatus.Active), new Custodian("dina", "Dina Roy", CustodianRole.Deputy, CustodianStatus.Active)],
        [], "beth", Now));

    private static CredentialStored Stored(int version, string by) => new(AccountId, Guid.NewGuid(), version, "v1:aa", true, by, by, Now.AddDays(version));

    [Fact]
    public void GivenNoCredential_WhenReported_ThenNobodyIsExposed()
    {
        var exposure = Registered().Then(new CustodianAdded(AccountId, new Custodian("ivy", "Ivy", CustodianRole.Deputy, CustodianStatus.Active), "beth", "", Now));
        Assert.Empty(exposure.People);
    }

    [Fact]
    public void GivenAStoredVersion_WhenRevealedAndACustodianJoinsAndLeaves_ThenAllOfThemStayExposedUntilTheNextVersion()
    {
        var v1 = Stored(1, "beth");
        var exposure = Registered().Then(v1)
            .Then(new CredentialRevealed(AccountId, v1.CredentialVersionId, 1, "carl", "Carl Obi", "post", null, Now))
            .Then(new CredentialRevealed(AccountId, v1.CredentialVersionId, 1, "carl", "Carl Obi", "post", null, Now))
            .Then(new CustodianAdded(AccountId, new Custodian("ivy", "Ivy", CustodianRole.Deputy, CustodianStatus.Active), "beth", "", Now))
            .Then(new CustodianRemoved(AccountId, "ivy", "beth", "", Now));

        Assert.Equal(["carl", "dina", "beth", "ivy"], exposure.People.Select(p => p.UserId));
        var carl = exposure.People.Single(p => p.UserId == "carl");
        Assert.Equal([ExposureKind.Custodian, ExposureKind.Revealed], carl.Ways);
        Assert.Equal(2, carl.Reveals);

        var v2 = Stored(2, "dina");
        var rotated = exposure.Then(v2);
        Assert.Equal(["carl", "dina"], rotated.People.Select(p => p.UserId));
        Assert.Equal([ExposureKind.Custodian, ExposureKind.StoredIt], rotated.People.Single(p => p.UserId == "dina").Ways);
        Assert.Equal(2, rotated.Version);
    }

    [Fact]
    public void GivenARevealOfAnOlderVersion_WhenApplied_ThenTheCurrentExposureIsUnchanged()
    {
        var v1 = Stored(1, "beth");
        var exposure = Registered().Then(v1).Then(Stored(2, "beth"));
        var after = exposure.Then(new CredentialRevealed(AccountId, v1.CredentialVersionId, 1, "zed", "Zed", "old", Guid.NewGuid(), Now));
        Assert.Equal(exposure.People, after.People);
    }
}
