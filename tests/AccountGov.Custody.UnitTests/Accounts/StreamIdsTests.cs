using AccountGov.Custody.Api;

namespace AccountGov.Custody.UnitTests.Accounts;

/// <summary>
/// Stream ids are stored: these values were computed by the code that wrote today's streams, so any change to how
/// an id is derived fails here instead of silently orphaning every existing account, staff record and handover.
/// </summary>
public class StreamIdsTests
{
    private static readonly Guid RequestId = Guid.Parse("0190a3b4-0000-7000-8000-000000000001");
    private static readonly Guid AccountId = Guid.Parse("ff7a4d53-7cf2-8bc2-b382-423897e14a4f");

    [Fact]
    public void GivenKnownKeys_WhenDerived_ThenTheStoredIdsComeBack()
    {
        Assert.Equal(AccountId, StreamIds.ForAccount(RequestId));
        Assert.Equal(Guid.Parse("36c325c2-6442-57ec-8ec4-105cee1ffc54"), StreamIds.ForStaff("carl"));
        Assert.Equal(Guid.Parse("5ffa9b19-e596-55fb-9242-e7294873031c"), StreamIds.ForHandover(AccountId, "carl", "hr-1"));
        Assert.Equal(Guid.Parse("72a88154-ab01-5364-ad58-59a9f6f948c5"), StreamIds.ForCustodyGap(AccountId));
    }

    [Fact]
    public void GivenARequestId_WhenDerivedTwice_ThenTheSameAccountIdComesBack()
    {
        var requestId = Guid.NewGuid();
        Assert.Equal(StreamIds.ForAccount(requestId), StreamIds.ForAccount(requestId));
    }

    [Fact]
    public void GivenTwoRequests_WhenDerived_ThenTheirAccountIdsDifferAndAreNotTheRequestIds()
    {
        var a = Guid.NewGuid();
        var b = Guid.NewGuid();
        Assert.NotEqual(StreamIds.ForAccount(a), StreamIds.ForAccount(b));
        Assert.NotEqual(a, StreamIds.ForAccount(a));
        Assert.Equal(8, StreamIds.ForAccount(a).Version);
        Assert.Equal(5, StreamIds.ForStaff("dina").Version);
    }
}
