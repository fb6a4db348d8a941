using AccountGov.Custody.Api.Accounts;
using AccountGov.Custody.Api.Credentials.Acknowledging;
using AccountGov.Custody.Api.Credentials.Revealing;
using AccountGov.Custody.UnitTests.Accounts;
using AccountGov.ServiceDefaults.Errors;

namespace AccountGov.Custody.UnitTests.Credentials;

/// <summary>CO23 §3.5: a custodian reads what must never be posted before their first reveal of an account.</summary>
public class NeverPostRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void GivenACustodianWhoHasNotAcknowledged_WhenTheyReveal_ThenRefusedUntilTheyDo()
    {
        var account = Given.Registered().WithCredential();

        Assert.Contains("never be posted", Assert.Throws<RuleViolation>(() => RevealCredential.Decide(account, Given.Carl, "post", Now)).Message);

        var acknowledged = account.Then(Assert.Single(AcknowledgeNeverPostRules.Decide(account, Given.Carl, Now)));
        Assert.IsType<CredentialRevealed>(Assert.Single(RevealCredential.Decide(acknowledged, Given.Carl, "post", Now)));
        // Per custodian: Dina has not read them yet.
        Assert.Throws<RuleViolation>(() => RevealCredential.Decide(acknowledged, Given.Dina, "post", Now));
    }

    [Fact]
    public void GivenACustodianWhoAcknowledged_WhenTheyAcknowledgeAgain_ThenNothingIsRecorded()
    {
        var account = Given.Registered();
        var once = account.Then(Assert.Single(AcknowledgeNeverPostRules.Decide(account, Given.Carl, Now)));

        Assert.Empty(AcknowledgeNeverPostRules.Decide(once, Given.Carl, Now));
        Assert.Equal(["carl"], once.RulesAcknowledgedBy);
    }

    [Fact]
    public void GivenSomeoneWhoIsNotACustodian_WhenTheyAcknowledge_ThenDenied() =>
        Assert.Throws<AccessDenied>(() => AcknowledgeNeverPostRules.Decide(Given.Registered(), Given.Beth, Now));

    [Fact]
    public void GivenTheRecordedEvent_ThenItNamesThePolicyVersionRead()
    {
        var e = Assert.IsType<NeverPostRulesAcknowledged>(Assert.Single(AcknowledgeNeverPostRules.Decide(Given.Registered(), Given.Dina, Now)));
        Assert.Equal(("dina", AccountGov.Custody.Contracts.NeverPostRules.Version), (e.UserId, e.PolicyVersion));
    }
}
