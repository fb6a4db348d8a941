using AccountGov.EventSourcing.Writing;
using AccountGov.Custody.Api;
using AccountGov.Custody.Api.Accounts;
using AccountGov.Custody.Api.BreakGlass;
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

    private BreakGlassGrant OpenedOn(Account account) =>
        BreakGlassGrant.Start((BreakGlassOpened)Assert.Single(OpenBreakGlass.Decide(account, Given.Beth, id, "compromised", Window, Now)));

    [Fact]
    public void GivenTheOpener_WhenApprovingTheirOwnRequest_ThenAccessDenied()
    {
        var account = Given.Registered().WithCredential();
        Assert.Throws<AccessDenied>(() => ApproveBreakGlass.Decide(account, OpenedOn(account), Given.Beth, Window, Now));
    }

    [Fact]
    public void GivenASecondOfficer_WhenApprovingInTime_ThenTheWindowStartsAtApproval()
    {
        var account = Given.Registered().WithCredential();
        var approved = Assert.IsType<BreakGlassApproved>(Assert.Single(ApproveBreakGlass.Decide(account, OpenedOn(account), Given.Bob, Window, Now.AddMinutes(30))));
        Assert.Equal(Now.AddMinutes(90), approved.ExpiresAt);
        Assert.Equal("beth", approved.OpenedBy);
    }

    [Fact]
    public void GivenTheApprovalWindowPassed_WhenApproving_ThenRefused()
    {
        var account = Given.Registered().WithCredential();
        Assert.Throws<RuleViolation>(() => ApproveBreakGlass.Decide(account, OpenedOn(account), Given.Bob, Window, Now.AddHours(1)));
    }

    [Fact]
    public void GivenAnApprovedGrant_WhenTheOpenerReveals_ThenOnceOnlyAndOnlyInsideTheWindow()
    {
        var account = Given.Registered().WithCredential();
        var grant = OpenedOn(account);
        grant = grant.Fold(ApproveBreakGlass.Decide(account, grant, Given.Bob, Window, Now));

        Assert.Throws<AccessDenied>(() => RevealThroughBreakGlass.Decide(account, grant, Given.Bob, "x", Now));
        Assert.Throws<RuleViolation>(() => RevealThroughBreakGlass.Decide(account, grant, Given.Beth, "x", Now.AddHours(1)));
        var appends = RevealThroughBreakGlass.Decide(account, grant, Given.Beth, "reset it", Now.AddMinutes(5));
        var revealed = Assert.IsType<CredentialRevealed>(Assert.Single(appends.Single(a => a.StreamId == account.Id).Events));
        Assert.Equal(id, revealed.BreakGlassId);

        // Both appends go in one commit, each at the version read.
        var usedUp = appends.Single(a => a.StreamId == StreamIds.ForBreakGlass(account.Id, id));
        Assert.Equal([grant.Version, account.Version], appends.Select(a => a.ExpectedVersion));
        var used = grant.Fold(usedUp.Events);
        Assert.True(used.Used);
        Assert.Throws<RuleViolation>(() => RevealThroughBreakGlass.Decide(account, used, Given.Beth, "again", Now.AddMinutes(6)));
    }

    [Fact]
    public void GivenAnUnapprovedGrant_WhenRevealing_ThenRefusedAndUnknownGrantsAreNotFound()
    {
        var account = Given.Registered().WithCredential();
        Assert.Throws<RuleViolation>(() => RevealThroughBreakGlass.Decide(account, OpenedOn(account), Given.Beth, "x", Now));
        Assert.Throws<NotFound>(() => RevealThroughBreakGlass.Decide(account, null, Given.Beth, "x", Now));
        Assert.Throws<NotFound>(() => ApproveBreakGlass.Decide(account, null, Given.Bob, Window, Now));
    }

    [Fact]
    public void GivenADecommissionedAccount_WhenOpeningApprovingOrRevealing_ThenRefused()
    {
        var account = Given.Registered().WithCredential();
        var grant = OpenedOn(account);
        var gone = account with { Status = AccountStatus.Decommissioned };
        Assert.Throws<RuleViolation>(() => OpenBreakGlass.Decide(gone, Given.Beth, Guid.NewGuid(), "x", Window, Now));
        Assert.Throws<RuleViolation>(() => ApproveBreakGlass.Decide(gone, grant, Given.Bob, Window, Now));
    }

    [Fact]
    public void GivenAGrantId_WhenAddressedUnderAnotherAccount_ThenItIsAnotherStream() =>
        Assert.NotEqual(StreamIds.ForBreakGlass(Guid.NewGuid(), id), StreamIds.ForBreakGlass(Guid.NewGuid(), id));
}
