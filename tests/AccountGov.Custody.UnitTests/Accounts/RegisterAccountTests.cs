using AccountGov.Custody.Api.Accounts;
using AccountGov.Custody.Api.Accounts.Registering;

namespace AccountGov.Custody.UnitTests.Accounts;

public class RegisterAccountTests
{
    [Fact]
    public void GivenAnApproval_WhenRegistered_ThenTheAccountCarriesItsCustodiansActive()
    {
        var requestId = Guid.NewGuid();
        var id = AccountIds.ForRequest(requestId);

        var registered = Assert.IsType<AccountRegistered>(Assert.Single(RegisterAccount.Decide(null, Approvals.Of(requestId), id, Approvals.Now)));
        var account = Account.Create(registered);

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
        var id = AccountIds.ForRequest(requestId);
        var existing = Account.Create((AccountRegistered)RegisterAccount.Decide(null, Approvals.Of(requestId), id, Approvals.Now)[0]);

        Assert.Empty(RegisterAccount.Decide(existing, Approvals.Of(requestId), id, Approvals.Now));
    }

    [Fact]
    public void GivenAnApprovalWithoutAPrimary_WhenRegistered_ThenTheFirstCustodianIsPrimaryAndDuplicatesAreDropped()
    {
        var approval = Approvals.Of(Guid.NewGuid(), Approvals.Deputy("dina", "Dina Roy"), Approvals.Deputy("carl", "Carl Obi"), Approvals.Deputy("dina", "Dina Roy"));

        var registered = (AccountRegistered)RegisterAccount.Decide(null, approval, Guid.NewGuid(), Approvals.Now)[0];

        Assert.Equal(["dina", "carl"], registered.Custodians.Select(c => c.UserId));
        Assert.Equal([CustodianRole.Primary, CustodianRole.Deputy], registered.Custodians.Select(c => c.Role));
    }

    [Fact]
    public void GivenTwoPrimaries_WhenRegistered_ThenOnlyTheFirstKeepsTheRole()
    {
        var approval = Approvals.Of(Guid.NewGuid(), Approvals.Primary("carl", "Carl Obi"), Approvals.Primary("dina", "Dina Roy"));

        var registered = (AccountRegistered)RegisterAccount.Decide(null, approval, Guid.NewGuid(), Approvals.Now)[0];

        Assert.Equal([CustodianRole.Primary, CustodianRole.Deputy], registered.Custodians.Select(c => c.Role));
    }
}
