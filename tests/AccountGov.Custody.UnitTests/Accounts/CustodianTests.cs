using AccountGov.EventSourcing.Writing;
using AccountGov.Custody.Api.Accounts;
using AccountGov.Custody.Api.Accounts.Custodians;
using AccountGov.ServiceDefaults.Errors;

namespace AccountGov.Custody.UnitTests.Accounts;

public class CustodianTests
{
    private static readonly DateTimeOffset Now = Approved.Now;

    [Fact]
    public void GivenTwoActiveCustodians_WhenTheDeputyIsRemoved_ThenOnlyTheRemovalIsDecided()
    {
        var account = Given.Registered();
        var events = RemoveCustodian.Decide(account, "dina", null, "moved team", Given.Beth, Now);
        Assert.IsType<CustodianRemoved>(Assert.Single(events));
    }

    [Fact]
    public void GivenTheOnlyOtherCustodianIsOnLeave_WhenTheLastActiveIsRemovedWithoutReplacement_ThenRefused()
    {
        var account = Given.Registered().WithStatus("dina", CustodianStatus.OnLeave);
        Assert.Throws<RuleViolation>(() => RemoveCustodian.Decide(account, "carl", null, "left", Given.Beth, Now));
    }

    [Fact]
    public void GivenTheLastActiveCustodian_WhenRemovedNamingAReplacement_ThenTheReplacementTakesTheirRole()
    {
        var account = Given.Registered().WithStatus("dina", CustodianStatus.Left);
        var replacement = new Custodian("ivy", "Ivy Green", CustodianRole.Deputy, CustodianStatus.Active);

        var after = account.Fold(RemoveCustodian.Decide(account, "carl", replacement, "left", Given.Beth, Now));

        Assert.Equal(CustodianRole.Primary, after.CustodianOf("ivy")!.Role);
        Assert.Null(after.CustodianOf("carl"));
    }

    [Fact]
    public void GivenThePrimaryIsRemovedWithoutReplacement_WhenDecided_ThenTheActiveDeputyIsPromoted()
    {
        var account = Given.Registered();
        var after = account.Fold(RemoveCustodian.Decide(account, "carl", null, "moved", Given.Beth, Now));
        Assert.Equal(CustodianRole.Primary, after.CustodianOf("dina")!.Role);
    }

    [Fact]
    public void GivenAnUnknownCustodian_WhenRemoved_ThenNotFound()
    {
        Assert.Throws<NotFound>(() => RemoveCustodian.Decide(Given.Registered(), "zed", null, "x", Given.Beth, Now));
    }

    [Fact]
    public void GivenANewPrimary_WhenAdded_ThenTheOldPrimaryBecomesDeputy()
    {
        var account = Given.Registered();
        var after = account.Fold(AddCustodian.Decide(account, new Custodian("ivy", "Ivy Green", CustodianRole.Primary, CustodianStatus.Active), "", Given.Beth, Now));
        Assert.Equal(CustodianRole.Primary, after.CustodianOf("ivy")!.Role);
        Assert.Equal(CustodianRole.Deputy, after.CustodianOf("carl")!.Role);
        Assert.Single(after.Custodians, c => c.Role == CustodianRole.Primary);
    }

    [Fact]
    public void GivenAnExistingCustodian_WhenAddedAgain_ThenRefused()
    {
        Assert.Throws<RuleViolation>(() => AddCustodian.Decide(Given.Registered(),
            new Custodian("dina", "Dina Roy", CustodianRole.Deputy, CustodianStatus.Active), "", Given.Beth, Now));
    }

    [Fact]
    public void GivenABdOfficer_WhenTheyAddThemselves_ThenAccessDenied()
    {
        Assert.Throws<AccessDenied>(() => AddCustodian.Decide(Given.Registered(),
            new Custodian("beth", "Beth Davies", CustodianRole.Deputy, CustodianStatus.Active), "", Given.Beth, Now));
    }

    [Fact]
    public void GivenTheSponsor_WhenAddedOrNamedAsReplacement_ThenRefused()
    {
        var account = Given.Registered();
        var sponsor = new Custodian(account.Sponsor.UserId, account.Sponsor.Name, CustodianRole.Deputy, CustodianStatus.Active);
        Assert.Throws<RuleViolation>(() => AddCustodian.Decide(account, sponsor, "", Given.Beth, Now));
        Assert.Throws<RuleViolation>(() => RemoveCustodian.Decide(account, "dina", sponsor, "moved", Given.Beth, Now));
    }

    [Fact]
    public void GivenABdOfficer_WhenTheyNameThemselvesAsAReplacement_ThenAccessDenied()
    {
        var bob = new Custodian("bob", "Bob Hale", CustodianRole.Deputy, CustodianStatus.Active);
        Assert.Throws<AccessDenied>(() => RemoveCustodian.Decide(Given.Registered(), "dina", bob, "moved", Given.Bob, Now));
    }

    [Fact]
    public void GivenSomeoneHrRecordsAsLeftOrLeaving_WhenAddedOrNamedAsReplacement_ThenRefused()
    {
        var erin = new Custodian("erin", "Erin Cole", CustodianRole.Deputy, CustodianStatus.Active);
        var recorded = AccountGov.Custody.Api.Hr.StaffMember.Start(new AccountGov.Custody.Api.Hr.StaffRecorded("erin"));
        foreach (var status in new[] { AccountGov.Custody.Api.Hr.StaffStatus.Left, AccountGov.Custody.Api.Hr.StaffStatus.Leaving })
        {
            var staff = recorded with { Status = status };
            Assert.Throws<RuleViolation>(() => AddCustodian.Decide(Given.Registered(), erin, "", Given.Beth, Now, staff));
            Assert.Throws<RuleViolation>(() => RemoveCustodian.Decide(Given.Registered(), "dina", erin, "moved", Given.Beth, Now, staff));
        }
        Assert.NotEmpty(AddCustodian.Decide(Given.Registered(), erin, "", Given.Beth, Now, recorded with { Status = AccountGov.Custody.Api.Hr.StaffStatus.OnLeave }));
    }
}
