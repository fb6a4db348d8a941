using AccountGov.AccountRequests.Api.Requests.Uniqueness;
using AccountGov.AccountRequests.Contracts.Http;

namespace AccountGov.AccountRequests.UnitTests;

public class HandleUniquenessTests
{
    private const string Key = "instagram:stpaedsphysio";
    private static readonly Guid Mine = Guid.NewGuid(), Other = Guid.NewGuid(), Account = Guid.NewGuid();

    private static (Guid, string, string, RequestStatus) Request(Guid id, RequestStatus status, string handle = "@StPaedsPhysio") =>
        (id, "Instagram", handle, status);

    [Fact]
    public void GivenAnotherOpenRequestWithTheHandleInOtherCase_ThenItHoldsIt() =>
        Assert.Equal(new HandleHolder("request", Other, "ChangesRequested"),
            HandleUniqueness.Find(Key, Mine, [Request(Other, RequestStatus.ChangesRequested)], []));

    [Theory]
    [InlineData(RequestStatus.Withdrawn)]
    [InlineData(RequestStatus.Rejected)]
    public void GivenOnlyAClosedRequest_ThenTheHandleIsFree(RequestStatus status) =>
        Assert.Null(HandleUniqueness.Find(Key, null, [Request(Other, status)], []));

    [Fact]
    public void GivenTheRequestBeingRevised_ThenItDoesNotHoldItsOwnHandle() =>
        Assert.Null(HandleUniqueness.Find(Key, Mine, [Request(Mine, RequestStatus.ChangesRequested)], []));

    [Fact]
    public void GivenAnApprovedRequestAndItsAccount_ThenTheAccountIsNamed() =>
        Assert.Equal(new HandleHolder("account", Account, "Registered"), HandleUniqueness.Find(Key, null,
            [Request(Other, RequestStatus.Approved)], [new RegisteredHandle(Account, Key, Other, "Instagram", "@stpaedsphysio")]));

    [Fact]
    public void GivenAnotherHandle_ThenNothingHoldsThisOne() =>
        Assert.Null(HandleUniqueness.Find(Key, null, [Request(Other, RequestStatus.Submitted, "@stpaedsphysio2")], []));
}
