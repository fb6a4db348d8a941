using AccountGov.Custody.Api;
using AccountGov.Custody.Api.Accounts;
using AccountGov.Custody.Api.Accounts.Reading;
using AccountGov.Custody.Api.Accounts.Registering;
using Contracts = AccountGov.Custody.Contracts;

namespace AccountGov.Custody.UnitTests.Accounts;

public class AccountTypeTests
{
    private static Account Registered(AccountRequestApprovedOverride change)
    {
        var requestId = Guid.NewGuid();
        var approval = change(Approved.Of(requestId));
        return Account.Start(RegisterAccount.Decide(null, approval, StreamIds.ForAccount(requestId), Approved.Now)[0]);
    }

    private delegate Approvals.Contracts.AccountRequestApproved AccountRequestApprovedOverride(Approvals.Contracts.AccountRequestApproved a);

    [Fact]
    public void GivenASharedApproval_WhenRegistered_ThenTheRegisterShowsTypeAndPartner()
    {
        var details = Registered(a => a with { AccountType = "Shared", Partner = "Bedford Borough Council" }).ToDetails(1);
        Assert.Equal((Contracts.AccountType.Shared, "Bedford Borough Council", false), (details.Type, details.Partner, details.Imported));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("Personal")]
    [InlineData("7")]
    public void GivenAnOlderOrUnknownType_WhenRegistered_ThenCorporate(string? type) =>
        Assert.Equal(AccountType.Corporate, Registered(a => a with { AccountType = type }).Type);

    [Fact]
    public void GivenAnAccount_ThenItsHandleKeyIgnoresCaseAndTheLeadingAt() =>
        Assert.Equal("instagram:stpaedsphysio", Registered(a => a with { Handle = "@StPaedsPhysio" }).HandleKey);
}
