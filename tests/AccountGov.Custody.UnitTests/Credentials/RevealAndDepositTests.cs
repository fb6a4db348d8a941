using AccountGov.Custody.Api.Accounts;
using AccountGov.Custody.Api.Credentials.Depositing;
using AccountGov.Custody.Api.Credentials.Revealing;
using AccountGov.Custody.UnitTests.Accounts;
using AccountGov.ServiceDefaults.Errors;

namespace AccountGov.Custody.UnitTests.Credentials;

public class RevealAndDepositTests
{
    private static readonly DateTimeOffset Now = Approved.Now;

    [Fact]
    public void GivenAnActiveCustodian_WhenRevealing_ThenTheRevealOfTheCurrentVersionIsAudited()
    {
        var account = Given.Registered().WithCredential(version: 1).WithCredential(version: 2).Acknowledged("dina");

        var revealed = Assert.IsType<CredentialRevealed>(Assert.Single(RevealCredential.Decide(account, Given.Dina, "posting", Now)));

        Assert.Equal(2, revealed.Version);
        Assert.Equal(account.Credential!.VersionId, revealed.CredentialVersionId);
        Assert.Equal("dina", revealed.RevealedBy);
        Assert.Equal("posting", revealed.Reason);
        Assert.Null(revealed.BreakGlassId);
    }

    [Theory]
    [InlineData(CustodianStatus.OnLeave)]
    [InlineData(CustodianStatus.Leaving)]
    [InlineData(CustodianStatus.Left)]
    public void GivenACustodianWhoIsNotActive_WhenRevealing_ThenAccessDenied(CustodianStatus status)
    {
        var account = Given.Registered().WithCredential().WithStatus("carl", status);
        Assert.Throws<AccessDenied>(() => RevealCredential.Decide(account, Given.Carl, "why", Now));
    }

    [Fact]
    public void GivenBusinessDevelopmentOrAnAuditor_WhenRevealingWithoutBreakGlass_ThenAccessDenied()
    {
        var account = Given.Registered().WithCredential();
        Assert.Throws<AccessDenied>(() => RevealCredential.Decide(account, Given.Beth, "why", Now));
        Assert.Throws<AccessDenied>(() => RevealCredential.Decide(account, Given.Ada, "why", Now));
    }

    [Fact]
    public void GivenNoCredentialStored_WhenRevealing_ThenNotFound()
    {
        Assert.Throws<NotFound>(() => RevealCredential.Decide(Given.Registered(), Given.Carl, "why", Now));
    }

    [Fact]
    public void GivenAStoredVersion_WhenDepositedAgain_ThenTheVersionGoesUpAndAnUnchangedPasswordIsFlagged()
    {
        var account = Given.Registered().WithCredential(version: 1, fingerprint: "v1:aa");

        var same = Assert.IsType<CredentialStored>(Assert.Single(DepositCredential.Decide(account, Given.Beth, Guid.NewGuid(), "v1:aa", Now)));
        var changed = Assert.IsType<CredentialStored>(Assert.Single(DepositCredential.Decide(account, Given.Carl, Guid.NewGuid(), "v1:bb", Now)));

        Assert.Equal(2, same.Version);
        Assert.False(same.PasswordChanged);
        Assert.True(changed.PasswordChanged);
    }

    [Fact]
    public void GivenAnInactiveCustodianOrStranger_WhenDepositing_ThenAccessDenied()
    {
        var account = Given.Registered().WithStatus("carl", CustodianStatus.OnLeave);
        Assert.Throws<AccessDenied>(() => DepositCredential.EnsureMayDeposit(account, Given.Carl));
        Assert.Throws<AccessDenied>(() => DepositCredential.EnsureMayDeposit(account, Given.Ada));
    }

    [Theory]
    [InlineData("", "pw", null, null, "username")]
    [InlineData("u", "", null, null, "password")]
    [InlineData("u", "pw", "not-an-email", null, "linkedEmail")]
    [InlineData("u", "pw", null, "orphan", "linkedEmail")]
    public void GivenABadCredential_WhenValidated_ThenTheFieldIsNamed(string username, string password, string? email, string? emailPassword, string field)
    {
        var errors = DepositCredentialValidation.Validate(new DepositCredentialBody(username, password, email, emailPassword, null, null)).ToDictionary();
        Assert.Contains(field, errors.Keys);
    }

    [Fact]
    public void GivenOverLongFields_WhenValidated_ThenEachIsNamedWithoutItsValue()
    {
        var errors = DepositCredentialValidation.Validate(new DepositCredentialBody(
            new string('u', 257), new string('p', 1025), "a@b.c", new string('q', 1025), Enumerable.Repeat("c", 51).ToArray(), new string('n', 4001))).ToDictionary();
        Assert.Equal(["linkedEmailPassword", "notes", "password", "recoveryCodes", "username"], errors.Keys.Order());
        Assert.DoesNotContain(errors.Values.SelectMany(m => m), m => m.Contains("ppp"));
    }
}
