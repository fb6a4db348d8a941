using AccountGov.Custody.Api.Accounts;
using AccountGov.Custody.Api.Handovers;
using AccountGov.Custody.Api.Reports.CustodyGaps;
using AccountGov.Custody.Api.Hr;
using StaffMember = AccountGov.Custody.Api.Hr.StaffMember;
using AccountGov.ServiceDefaults.Time;
using static AccountGov.Custody.UnitTests.Hr.Hr;

namespace AccountGov.Custody.UnitTests.Handovers;

public class HandoverPlannerTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
    private static readonly Guid AccountId = Guid.Parse("11111111-1111-1111-1111-111111111111");

    private static CustodyAccount Account(StaffStatus carl = StaffStatus.Active, StaffStatus dina = StaffStatus.Active, bool active = true) =>
        new(AccountId, active, "sam",
            [new CustodianView("carl", CustodianRole.Primary, carl), new CustodianView("dina", CustodianRole.Deputy, dina)]);

    private static HandoverPlan Plan(StaffMember staff, CustodyAccount account, IReadOnlyList<Api.Handovers.Handover>? existing = null,
        params StaffMember[] colleagues) =>
        HandoverPlanner.Plan(staff, [account], existing ?? [], colleagues.ToDictionary(c => c.StaffId), Today, Now, BusinessCalendar.WeekdaysOnly);

    private static List<Api.Handovers.Handover> Started(HandoverPlan plan) =>
        plan.Starts.Select(s => s.Events.Skip(1).Aggregate(Api.Handovers.Handover.Start((HandoverOpened)s.Events[0]), (h, e) => h.Then(e))).ToList();

    [Fact]
    public void GivenAnnualLeaveBooked_WhenPlanned_ThenATemporaryHandoverToTheDeputyIsDueTheBusinessDayBefore()
    {
        var carl = After(Today, Leave("hr-1", "2026-12-07", "2026-12-14")); // a Monday

        var opened = Assert.IsType<HandoverOpened>(Assert.Single(Assert.Single(Plan(carl, Account()).Starts).Events));

        Assert.Equal(("carl", "dina", HandoverKind.Temporary, HandoverReason.Leave), (opened.FromUserId, opened.ToUserId, opened.Kind, opened.Reason));
        Assert.Equal(Day("2026-12-04"), opened.DueBy);
    }

    [Fact]
    public void GivenSickness_WhenPlanned_ThenTheHandoverIsDueToday_AndTheCustodianIsOnLeave()
    {
        var carl = After(Today, Leave("hr-1", "2026-11-23", type: LeaveType.Sickness));

        var plan = Plan(carl, Account());

        Assert.Equal(Today, Assert.IsType<HandoverOpened>(plan.Starts[0].Events[0]).DueBy);
        Assert.Equal(new CustodianStatusChange(AccountId, "carl", StaffStatus.OnLeave), Assert.Single(plan.StatusChanges));
    }

    [Fact]
    public void GivenAHandoverAlreadyOpened_WhenPlannedAgain_ThenNothingNewIsPlanned()
    {
        var carl = After(Today, Leave("hr-1", "2026-12-07", "2026-12-14"));
        var existing = Started(Plan(carl, Account()));

        var again = Plan(carl, Account(), existing);

        Assert.Empty(again.Starts);
        Assert.Empty(again.Appends);
    }

    [Theory]
    [InlineData(true, RevertReason.Cancelled)]
    [InlineData(false, RevertReason.Returned)]
    public void GivenATemporaryHandover_WhenTheLeaveIsCancelledOrEnded_ThenItIsReverted(bool cancel, RevertReason expected)
    {
        var carl = After(Today, Leave("hr-1", "2026-11-20", "2026-12-14"));
        var existing = Started(Plan(carl, Account(carl: StaffStatus.OnLeave)));

        carl = Fold(carl, StaffDecider.Decide(carl, cancel ? CancelLeave("hr-2", "2026-11-20") : Returned("hr-2", "2026-11-23"), Today));
        var plan = Plan(carl, Account(carl: StaffStatus.OnLeave), existing);

        Assert.Equal(expected, Assert.IsType<HandoverReverted>(Assert.Single(Assert.Single(plan.Appends).Events)).Reason);
        Assert.Equal(StaffStatus.Active, Assert.Single(plan.StatusChanges).Status);
    }

    [Fact]
    public void GivenALeaver_WhenPlanned_ThenAPermanentHandoverIsOpenedDueBeforeTheLastWorkingDay()
    {
        var carl = After(Today, Leaving("hr-1", "2026-12-04"));

        var opened = Assert.IsType<HandoverOpened>(Assert.Single(Plan(carl, Account()).Starts).Events[0]);

        Assert.Equal((HandoverKind.Permanent, HandoverReason.Departure, "dina"), (opened.Kind, opened.Reason, opened.ToUserId));
        Assert.Equal(Day("2026-12-03"), opened.DueBy);
    }

    [Fact]
    public void GivenAPermanentHandover_WhenLeavingIsCancelled_ThenItIsReverted_ButNotOnceThePersonHasLeft()
    {
        var carl = After(Today, Leaving("hr-1", "2026-12-04"));
        var existing = Started(Plan(carl, Account()));

        var cancelled = Fold(carl, StaffDecider.Decide(carl, CancelLeaving("hr-2"), Today));
        Assert.Equal(RevertReason.Cancelled, Assert.IsType<HandoverReverted>(Assert.Single(Plan(cancelled, Account(), existing).Appends).Events[0]).Reason);

        var left = TickOn(carl, Day("2026-12-05"));
        Assert.Empty(Plan(left, Account(), existing).Appends);
    }

    [Fact]
    public void GivenTheDeputyIsOnLeaveOrLeaving_WhenChoosingAReceiver_ThenNobodyQualifiesAndItIsEscalatedToBdAndTheSponsor()
    {
        var carl = After(Today, Leaving("hr-1", "2026-12-04"));
        var dina = After(Today, Leaving("hr-2", "2026-12-18", staff: "dina"));

        var events = Assert.Single(Plan(carl, Account(dina: StaffStatus.Leaving), null, dina).Starts).Events;

        Assert.Null(Assert.IsType<HandoverOpened>(events[0]).ToUserId);
        var escalated = Assert.IsType<HandoverEscalated>(events[1]);
        Assert.Equal((EscalationReason.NoEligibleReceiver, "sam"), (escalated.Reason, escalated.SponsorUserId));
    }

    [Fact]
    public void GivenTheDeputyHasLeaveOverTheHandover_WhenChoosingAReceiver_ThenThePrimaryIsNotChosenEither()
    {
        var dina = After(Today, Leave("hr-1", "2026-12-07", "2026-12-18", staff: "dina"));
        var carl = After(Today, Leave("hr-2", "2026-12-08", "2026-12-10"));

        var opened = (HandoverOpened)Plan(carl, Account(), null, dina).Starts[0].Events[0];

        Assert.Null(opened.ToUserId);
    }

    [Fact]
    public void GivenTheDeputyGoesOnLeave_WhenPlanned_ThenThePrimaryReceives()
    {
        var dina = After(Today, Leave("hr-1", "2026-12-07", "2026-12-18", staff: "dina"));
        var account = Account();

        var opened = (HandoverOpened)Plan(dina, account).Starts[0].Events[0];

        Assert.Equal("carl", opened.ToUserId);
    }

    [Fact]
    public void GivenALeftCustodian_WhenPlanned_ThenTheirStatusNeverChangesBack()
    {
        var carl = After(Today, Leave("hr-1", "2026-12-07", "2026-12-14"));

        Assert.Empty(Plan(carl, Account(carl: StaffStatus.Left)).StatusChanges);
    }

    [Fact]
    public void GivenAnInactiveAccount_WhenPlanned_ThenNoHandoverIsOpened() =>
        Assert.Empty(Plan(After(Today, Leaving("hr-1", "2026-12-04")), Account(active: false)).Starts);
}

public class CustodyGapTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    private static CustodyAccount Account(StaffStatus carl, StaffStatus dina) =>
        new(Guid.NewGuid(), true, "sam",
            [new CustodianView("carl", CustodianRole.Primary, carl), new CustodianView("dina", CustodianRole.Deputy, dina)]);

    [Fact]
    public void GivenNoActiveCustodian_WhenDecided_ThenAGapOpensOnce_AndClosesWhenSomeoneIsBack()
    {
        var account = Account(StaffStatus.Leaving, StaffStatus.OnLeave);
        var opened = Assert.IsType<CustodyGapOpened>(Assert.Single(CustodyGap.Decide(null, account, Now)));
        Assert.Contains("carl is Leaving", opened.Reason);

        var gap = CustodyGap.Start(opened);
        Assert.Empty(CustodyGap.Decide(gap, account, Now));
        Assert.IsType<CustodyGapClosed>(Assert.Single(CustodyGap.Decide(gap, account with { Custodians = [account.Custodians[0], account.Custodians[1] with { Status = StaffStatus.Active }] }, Now)));
    }

    [Fact]
    public void GivenOneActiveCustodian_WhenDecided_ThenThereIsNoGap() =>
        Assert.Empty(CustodyGap.Decide(null, Account(StaffStatus.Left, StaffStatus.Active), Now));

    [Fact]
    public void GivenOverlappingBookedAbsences_WhenPredicted_ThenTheGapOpensOnTheFirstDayBothAreAway()
    {
        var staff = new Dictionary<string, StaffMember>
        {
            ["carl"] = After(Today, Leave("hr-1", "2026-12-07", "2026-12-14")),
            ["dina"] = After(Today, Leaving("hr-2", "2026-12-09", staff: "dina")),
        };

        var upcoming = CustodyGap.Upcoming(Account(StaffStatus.Active, StaffStatus.Leaving), staff, Today);

        Assert.Equal(Day("2026-12-10"), upcoming?.OpensOn);
    }

    [Fact]
    public void GivenAbsencesThatDoNotOverlap_WhenPredicted_ThenNoGap()
    {
        var staff = new Dictionary<string, StaffMember>
        {
            ["carl"] = After(Today, Leave("hr-1", "2026-12-07", "2026-12-11")),
            ["dina"] = After(Today, Leave("hr-2", "2026-12-14", "2026-12-18", staff: "dina")),
        };

        Assert.Null(CustodyGap.Upcoming(Account(StaffStatus.Active, StaffStatus.Active), staff, Today));
    }
}
