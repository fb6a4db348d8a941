using AccountGov.Custody.Api.Accounts;
using AccountGov.Custody.Api.Credentials.Obligations;
using AccountGov.Custody.UnitTests.Accounts;
using AccountGov.EventSourcing.Writing;
using AccountGov.ServiceDefaults.Time;

namespace AccountGov.Custody.UnitTests.Credentials;

public class DepositDeadlineTests
{
    private static readonly BusinessCalendar Calendar = new([new DateOnly(2026, 3, 6)]); // a Friday holiday
    private static readonly DateOnly Monday = new(2026, 3, 2);

    private static IReadOnlyList<object> On(DateOnly today, Account? account = null, CredentialObligations? state = null) =>
        DepositDeadline.Decide(account ?? Given.Registered(), state, DepositDeadline.DueOn(Monday, 5, Calendar), today, Approved.Now, Calendar);

    [Fact]
    public void GivenRegistrationOnAMonday_WhenFiveBusinessDaysAreCounted_ThenTheHolidayAndTheWeekendAreSkipped() =>
        Assert.Equal(new DateOnly(2026, 3, 10), DepositDeadline.DueOn(Monday, 5, Calendar));

    [Fact]
    public void GivenNoCredential_WhenBeforeTheDueDay_ThenNothingIsSaid() => Assert.Empty(On(new DateOnly(2026, 3, 9)));

    [Fact]
    public void GivenNoCredential_WhenTheDueDayComes_ThenTheActiveCustodiansAreRemindedOnce()
    {
        var account = Given.Registered().WithStatus("dina", CustodianStatus.OnLeave);
        var reminded = Assert.IsType<CredentialDepositReminded>(Assert.Single(On(new DateOnly(2026, 3, 10), account)));
        Assert.Equal(["carl"], reminded.CustodianUserIds);

        var state = CredentialObligations.Start(reminded);
        Assert.Empty(On(new DateOnly(2026, 3, 10), account, state));
    }

    [Fact]
    public void GivenNoCredential_WhenOverdueOnABusinessDay_ThenBdIsToldOnce_AndNotAtTheWeekend()
    {
        var late = On(new DateOnly(2026, 3, 11));
        Assert.Equal([typeof(CredentialDepositReminded), typeof(CredentialDepositEscalated)], late.Select(e => e.GetType()));
        Assert.Equal("sam", ((CredentialDepositEscalated)late[1]).SponsorUserId);

        var state = CredentialObligations.Start(late[0]).Fold(late.Skip(1));
        Assert.Empty(On(new DateOnly(2026, 3, 12), state: state));
        Assert.Empty(On(new DateOnly(2026, 3, 14))); // a Saturday: nothing, even though it is overdue
    }

    [Fact]
    public void GivenACredentialStored_OrAnAccountNotActive_WhenOverdue_ThenNothingIsSaid()
    {
        Assert.Empty(On(new DateOnly(2026, 3, 11), Given.Registered().WithCredential()));
        var suspended = Given.Registered().Then(new AccountSuspended(Guid.Empty, "beth", "why", Approved.Now));
        Assert.Empty(On(new DateOnly(2026, 3, 11), suspended));
        Assert.True(DepositDeadline.Owed(suspended)); // still listed as missing, only not chased
    }
}

public class RotationTasksTests
{
    private static Account Account() => Given.Registered().WithCredential();

    private static IReadOnlyList<object> Decide(Account before, CredentialObligations? state, params object[] events) =>
        RotationTasks.Decide(state, before.Fold(events), events);

    [Fact]
    public void GivenACustodianRemoved_WhenDecided_ThenARotationTaskOpens_ForTheRemainingCustodians()
    {
        var a = Account();
        var opened = Assert.IsType<RotationRequired>(Assert.Single(Decide(a, null, new CustodianRemoved(a.Id, "dina", "beth", "left the team", Approved.Now))));
        Assert.Equal(RotationCause.CustodianRemoved, opened.Cause);
        Assert.Equal(["carl"], opened.CustodianUserIds);
    }

    [Fact]
    public void GivenABreakGlassReveal_OrAnIntegrityFailure_WhenDecided_ThenEachOpensATask_ButAnOrdinaryRevealDoesNot()
    {
        var a = Account();
        var version = a.Credential!.VersionId;
        Assert.Equal(RotationCause.BreakGlassUsed, ((RotationRequired)Decide(a, null,
            new CredentialRevealed(a.Id, version, 1, "beth", "Beth", "emergency", Guid.NewGuid(), Approved.Now)).Single()).Cause);
        Assert.Equal(RotationCause.IntegrityFailed, ((RotationRequired)Decide(a, null,
            new CredentialIntegrityFailed(a.Id, version, "carl", Approved.Now)).Single()).Cause);
        Assert.Empty(Decide(a, null, new CredentialRevealed(a.Id, version, 1, "carl", "Carl", "post", null, Approved.Now)));
    }

    [Fact]
    public void GivenAnOpenTask_WhenTheSamePasswordIsStoredAgain_ThenItStaysOpen_AndANewPasswordClosesIt()
    {
        var a = Account();
        var state = CredentialObligations.Start(new RotationRequired(a.Id, RotationCause.CustodianRemoved, ["carl"], Approved.Now));
        Assert.Empty(Decide(a, state, new CredentialStored(a.Id, Guid.NewGuid(), 2, "v1:aa", false, "carl", "Carl", Approved.Now)));

        var done = Assert.IsType<RotationDone>(Assert.Single(Decide(a, state,
            new CredentialStored(a.Id, Guid.NewGuid(), 2, "v1:bb", true, "carl", "Carl", Approved.Now.AddHours(1)))));
        var closed = state.Then(done);
        Assert.False(closed.RotationOpen);
        Assert.Empty(closed.OpenRotations);
        Assert.Equal(2, Assert.Single(closed.Rotations).ClosedByVersion);
    }

    [Fact]
    public void GivenNoOpenTask_WhenACredentialIsStored_ThenNothingIsRecorded() =>
        Assert.Empty(Decide(Account(), null, new CredentialStored(Guid.Empty, Guid.NewGuid(), 2, "v1:bb", true, "carl", "Carl", Approved.Now)));

    [Fact]
    public void GivenARemovalAndANewPasswordInOneCommit_WhenDecided_ThenTheTaskOpensAndCloses()
    {
        var a = Account();
        var decided = Decide(a, null, new CustodianRemoved(a.Id, "dina", "beth", "why", Approved.Now),
            new CredentialStored(a.Id, Guid.NewGuid(), 2, "v1:bb", true, "carl", "Carl", Approved.Now));
        Assert.Equal([typeof(RotationRequired), typeof(RotationDone)], decided.Select(e => e.GetType()));
    }
}
