using AccountGov.Custody.Api.Accounts;

namespace AccountGov.Custody.UnitTests.Accounts;

public class AccountIdsTests
{
    [Fact]
    public void GivenARequestId_WhenDerivedTwice_ThenTheSameAccountIdComesBack()
    {
        var requestId = Guid.NewGuid();
        Assert.Equal(AccountIds.ForRequest(requestId), AccountIds.ForRequest(requestId));
    }

    [Fact]
    public void GivenTwoRequests_WhenDerived_ThenTheirAccountIdsDifferAndAreNotTheRequestIds()
    {
        var a = Guid.NewGuid();
        var b = Guid.NewGuid();
        Assert.NotEqual(AccountIds.ForRequest(a), AccountIds.ForRequest(b));
        Assert.NotEqual(a, AccountIds.ForRequest(a));
        Assert.Equal(8, AccountIds.ForRequest(a).Version);
    }
}
