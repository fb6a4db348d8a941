using AccountGov.EventSourcing.Writing;
using AccountGov.Custody.Api.Accounts;
using AccountGov.Custody.Api.BreakGlass.Approving;
using AccountGov.Custody.Api.BreakGlass.Opening;
using AccountGov.Custody.Api.BreakGlass.Revealing;
using AccountGov.Custody.UnitTests.Accounts;
using AccountGov.ServiceDefaults.Errors;

namespace AccountGov.Custody.UnitTests.BreakGlass;

public class BreakGlassTests
{
    private static readonly DateTimeOffset Now = Approved.Now;
    private static readonly TimeSpan Window = TimeSpan.FromHours(1);
    private readonly Guid id = Guid.NewGuid();

    private Account OpenedOn(Account account) => account.Fold(OpenBreakGlass.Decide(account, Given.Beth, id, "compromised", Window, Now));

    [Fact]
    public void GivenTheOpener_WhenApprovingTheirOwnRequest_ThenAccessDenied()
    {
        var account = OpenedOn(Given.Registered().WithCredential());
        Assert.Throws<AccessDenied>(() => ApproveBreakGlass.Decide(account, Given.Beth, id, Window, Now));
    }

    [Fact]
    public void GivenASecondOfficer_WhenApprovingInTime_ThenTheWindowStartsAtApproval()
    {
        var account = OpenedOn(Given.Registered().WithCredential());
        var approved = Assert.IsType<BreakGlassApproved>(Assert.Single(ApproveBreakGlass.Decide(account, Given.Bob, id, Window, Now.AddMinutes(30))));
        Assert.Equal(Now.AddMinutes(90), approved.ExpiresAt);
        Assert.Equal("beth", approved.OpenedBy);
    }

    [Fact]
    public void GivenTheApprovalWindowPassed_WhenApproving_ThenRefused()
    {
        var account = OpenedOn(Given.Registered().WithCredential());
        Assert.Throws<RuleViolation>(() => ApproveBreakGlass.Decide(account, Given.Bob, id, Window, Now.AddHours(1)));
    }

    [Fact]
    public void GivenAnApprovedGrant_WhenTheOpenerReveals_ThenOnceOnlyAndOnlyInsideTheWindow()
    {
        var account = OpenedOn(Given.Registered().WithCredential());
        account = account.Fold(ApproveBreakGlass.Decide(account, Given.Bob, id, Window, Now));

        Assert.Throws<AccessDenied>(() => RevealThroughBreakGlass.Decide(account, Given.Bob, id, "x", Now));
        Assert.Throws<RuleViolation>(() => RevealThroughBreakGlass.Decide(account, Given.Beth, id, "x", Now.AddHours(1)));
        var revealed = Assert.IsType<CredentialRevealed>(Assert.Single(RevealThroughBreakGlass.Decide(account, Given.Beth, id, "reset it", Now.AddMinutes(5))));
        Assert.Equal(id, revealed.BreakGlassId);

        var used = account.Fold([revealed]);
        Assert.True(used.BreakGlass.Single().Used);
        Assert.Throws<RuleViolation>(() => RevealThroughBreakGlass.Decide(used, Given.Beth, id, "again", Now.AddMinutes(6)));
    }

    [Fact]
    public void GivenAnUnapprovedGrant_WhenRevealing_ThenRefusedAndUnknownGrantsAreNotFound()
    {
        var account = OpenedOn(Given.Registered().WithCredential());
        Assert.Throws<RuleViolation>(() => RevealThroughBreakGlass.Decide(account, Given.Beth, id, "x", Now));
        Assert.Throws<NotFound>(() => RevealThroughBreakGlass.Decide(account, Given.Beth, Guid.NewGuid(), "x", Now));
        Assert.Throws<NotFound>(() => ApproveBreakGlass.Decide(account, Given.Bob, Guid.NewGuid(), Window, Now));
    }
}
