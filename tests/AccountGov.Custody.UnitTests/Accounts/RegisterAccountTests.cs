using AccountGov.Custody.Api;
using AccountGov.Custody.Api.Accounts;
using AccountGov.Custody.Api.Accounts.Registering;

namespace AccountGov.Custody.UnitTests.Accounts;

public class RegisterAccountTests
{
    [Fact]
    public void GivenAnApproval_WhenRegistered_ThenTheAccountCarriesItsCustodiansActive()
    {
        var requestId = Guid.NewGuid();
        var id = StreamIds.ForAccount(requestId);

        var registered = Assert.IsType<AccountRegistered>(Assert.Single(RegisterAccount.Decide(null, Approved.Of(requestId), id, Approved.Now)));
        var account = Account.Start(registered);

        Assert.Equal(id, account.Id);
        Assert.Equal(requestId, account.RequestId);
        Assert.Equal(AccountStatus.Active, account.Status);
        Assert.Equal(["Review monthly"], account.Conditions);
        Assert.Equal(
            [new Custodian("carl", "Carl Obi", CustodianRole.Primary, CustodianStatus.Active), new Custodian("dina", "Dina Roy", CustodianRole.Deputy, CustodianStatus.Active)],
            account.Custodians);
    }

    [Fact]
    public void GivenARegisteredAccount_WhenTheApprovalArrivesAgain_ThenNothingIsDecided()
    {
        var requestId = Guid.NewGuid();
        var id = StreamIds.ForAccount(requestId);
        var existing = Account.Start((AccountRegistered)RegisterAccount.Decide(null, Approved.Of(requestId), id, Approved.Now)[0]);

        Assert.Empty(RegisterAccount.Decide(existing, Approved.Of(requestId), id, Approved.Now));
    }

    [Fact]
    public void GivenAnApprovalWithoutAPrimary_WhenRegistered_ThenTheFirstCustodianIsPrimaryAndDuplicatesAreDropped()
    {
        var approval = Approved.Of(Guid.NewGuid(), Approved.Deputy("dina", "Dina Roy"), Approved.Deputy("carl", "Carl Obi"), Approved.Deputy("dina", "Dina Roy"));

        var registered = (AccountRegistered)RegisterAccount.Decide(null, approval, Guid.NewGuid(), Approved.Now)[0];

        Assert.Equal(["dina", "carl"], registered.Custodians.Select(c => c.UserId));
        Assert.Equal([CustodianRole.Primary, CustodianRole.Deputy], registered.Custodians.Select(c => c.Role));
    }

    [Fact]
    public void GivenTwoPrimaries_WhenRegistered_ThenOnlyTheFirstKeepsTheRole()
    {
        var approval = Approved.Of(Guid.NewGuid(), Approved.Primary("carl", "Carl Obi"), Approved.Primary("dina", "Dina Roy"));

        var registered = (AccountRegistered)RegisterAccount.Decide(null, approval, Guid.NewGuid(), Approved.Now)[0];

        Assert.Equal([CustodianRole.Primary, CustodianRole.Deputy], registered.Custodians.Select(c => c.Role));
    }
}
