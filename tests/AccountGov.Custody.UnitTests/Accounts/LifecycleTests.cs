using AccountGov.EventSourcing.Writing;
using AccountGov.Custody.Api.Accounts;
using AccountGov.Custody.Api.Accounts.Custodians;
using AccountGov.Custody.Api.Accounts.Decommissioning;
using AccountGov.Custody.Api.Accounts.Lifecycle;
using AccountGov.Custody.Api.Credentials.Depositing;
using AccountGov.Custody.Api.Credentials.Revealing;
using AccountGov.ServiceDefaults.Errors;

namespace AccountGov.Custody.UnitTests.Accounts;

public class LifecycleTests
{
    private static readonly DateTimeOffset Now = Approved.Now;

    private static Account Decommissioned()
    {
        var a = Given.Registered().WithCredential();
        a = a.Fold(ChangeAccountStatus.Suspend(a, Given.Beth, "closing", Now));
        a = a.Fold(Decommission.Start(a, Given.Beth, "closing", Now));
        a = a.Fold(Decommission.Complete(a, Given.Beth, DecommissioningItem.ContentArchived, "", Now));
        a = a.Fold(Decommission.Complete(a, Given.Beth, DecommissioningItem.HandedBack, "", Now));
        return a.Fold(Decommission.Complete(a, Given.Beth, DecommissioningItem.DisclaimerLinksRemoved, "", Now));
    }

    [Fact]
    public void GivenAnActiveAccount_WhenDecommissioningStarts_ThenRefusedUntilSuspended()
    {
        Assert.Throws<RuleViolation>(() => Decommission.Start(Given.Registered(), Given.Beth, "x", Now));
    }

    [Fact]
    public void GivenTheLastChecklistItem_WhenCompleted_ThenTheAccountIsDecommissionedAndItsKeyDestroyed()
    {
        var a = Given.Registered().WithCredential();
        a = a.Fold(ChangeAccountStatus.Suspend(a, Given.Beth, "closing", Now));
        a = a.Fold(Decommission.Start(a, Given.Beth, "closing", Now));
        a = a.Fold(Decommission.Complete(a, Given.Beth, DecommissioningItem.ContentArchived, "", Now));
        a = a.Fold(Decommission.Complete(a, Given.Beth, DecommissioningItem.ClosedOnPlatform, "", Now));
        Assert.Equal(AccountStatus.Suspended, a.Status);

        var events = Decommission.Complete(a, Given.Beth, DecommissioningItem.DisclaimerLinksRemoved, "", Now);

        Assert.Collection(events, e => Assert.IsType<DecommissioningItemCompleted>(e), e => Assert.IsType<AccountDecommissioned>(e),
            e => Assert.IsType<CredentialKeyDestroyed>(e));
        var after = a.Fold(events);
        Assert.Equal(AccountStatus.Decommissioned, after.Status);
        Assert.True(after.KeyDestroyed);
    }

    [Fact]
    public void GivenClosedOnPlatform_WhenHandedBackIsTicked_ThenRefused()
    {
        var a = Given.Registered();
        a = a.Fold(ChangeAccountStatus.Suspend(a, Given.Beth, "closing", Now));
        a = a.Fold(Decommission.Start(a, Given.Beth, "closing", Now));
        a = a.Fold(Decommission.Complete(a, Given.Beth, DecommissioningItem.ClosedOnPlatform, "", Now));
        Assert.Throws<RuleViolation>(() => Decommission.Complete(a, Given.Beth, DecommissioningItem.HandedBack, "", Now));
    }

    [Fact]
    public void GivenADecommissionedAccount_WhenAnythingIsAttempted_ThenRuleViolation()
    {
        var a = Decommissioned();
        Assert.Throws<RuleViolation>(() => DepositCredential.EnsureMayDeposit(a, Given.Beth));
        Assert.Throws<RuleViolation>(() => RevealCredential.Decide(a, Given.Carl, "why", Now));
        Assert.Throws<RuleViolation>(() => ChangeAccountStatus.Suspend(a, Given.Beth, "x", Now));
        Assert.Throws<RuleViolation>(() => ChangeAccountStatus.Reactivate(a, Given.Beth, "x", Now));
        Assert.Throws<RuleViolation>(() => RemoveCustodian.Decide(a, "dina", null, "x", Given.Beth, Now));
        Assert.Throws<RuleViolation>(() => AddCustodian.Decide(a, new Custodian("ivy", "Ivy", CustodianRole.Deputy, CustodianStatus.Active), "", Given.Beth, Now));
    }

    [Fact]
    public void GivenDecommissioningStarted_WhenReactivated_ThenRefused()
    {
        var a = Given.Registered();
        a = a.Fold(ChangeAccountStatus.Suspend(a, Given.Beth, "closing", Now));
        a = a.Fold(Decommission.Start(a, Given.Beth, "closing", Now));
        Assert.Throws<RuleViolation>(() => ChangeAccountStatus.Reactivate(a, Given.Beth, "changed my mind", Now));
    }
}
