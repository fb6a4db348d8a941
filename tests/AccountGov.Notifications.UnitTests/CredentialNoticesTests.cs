using AccountGov.Custody.Contracts;
using AccountGov.Notifications.Api.Notices;

namespace AccountGov.Notifications.UnitTests;

public class CredentialNoticesTests
{
    private static readonly DateOnly Due = new(2026, 12, 8);

    [Fact]
    public void GivenADepositDue_WhenDecided_ThenEachCustodianIsAskedToStoreIt_AndItWaitsUntilStored()
    {
        var d = CredentialNotices.DepositDue(new CredentialDepositDue(Given.AccountId, Due, ["carl", "dina"], Given.Now), Given.Account, Given.Links);

        Assert.Equal(["user:carl", "user:dina"], Given.Recipients(d));
        Assert.All(d.Notices, n => Assert.Equal(Topics.Credential(Given.AccountId), n.Opens!.Topic));
        Assert.Contains("never by email", d.Notices[0].Body);
    }

    [Fact]
    public void GivenADepositOverdue_WhenDecided_ThenBdIsToldUrgently_AndTheCustodiansCopied()
    {
        var d = CredentialNotices.DepositOverdue(new CredentialDepositEscalated(Given.AccountId, Due, ["carl"], "sam", Given.Now), Given.Account, Given.Links);

        Assert.Equal(["team:BusinessDevelopment", "user:carl"], Given.Recipients(d));
        Assert.All(d.Notices, n => Assert.True(n.Urgent));
        Assert.Contains("http://portal.test/accounts/22222222-2222-2222-2222-222222222222", d.Notices[0].Body);
    }

    [Fact]
    public void GivenARotationRequired_WhenDecided_ThenTheCustodiansAreToldWhy_WithoutNamingWhoKnewIt()
    {
        var d = CredentialNotices.RotationRequired(new CredentialRotationRequired(Given.AccountId, RotationCause.CustodianRemoved, ["carl"], Given.Now),
            Given.Account, Given.Links);

        var notice = Assert.Single(d.Notices);
        Assert.Equal("user:carl", notice.To.Key);
        Assert.Contains("a custodian was removed", notice.Body);
        Assert.Equal(Topics.Rotation(Given.AccountId), notice.Opens!.Topic);
    }
}
