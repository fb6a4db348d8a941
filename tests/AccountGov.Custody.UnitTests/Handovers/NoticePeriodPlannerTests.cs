using AccountGov.Custody.Api.Accounts;
using AccountGov.Custody.Api.Handovers;
using AccountGov.Custody.Api.Hr;
using AccountGov.ServiceDefaults.Time;
using StaffMember = AccountGov.Custody.Api.Hr.StaffMember;
using static AccountGov.Custody.UnitTests.Hr.Hr;

namespace AccountGov.Custody.UnitTests.Handovers;

/// <summary>Issue 13: a leaver keeps custody through their notice and may cover only what ends by their last day.</summary>
public class NoticePeriodPlannerTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
    private static readonly Guid AccountId = Guid.Parse("11111111-1111-1111-1111-111111111111");

    private static CustodyAccount Account() =>
        new(AccountId, true, "sam", [new CustodianView("carl", CustodianRole.Primary, StaffStatus.Active), new CustodianView("dina", CustodianRole.Deputy, StaffStatus.Active)]);

    private static HandoverPlan Plan(StaffMember staff, IReadOnlyList<Api.Handovers.Handover>? existing = null, params StaffMember[] colleagues) =>
        HandoverPlanner.Plan(staff, [Account()], existing ?? [], colleagues.ToDictionary(c => c.StaffId), Today, Now, BusinessCalendar.WeekdaysOnly);

    private static Api.Handovers.Handover Opened(HandoverPlan plan) => Api.Handovers.Handover.Start((HandoverOpened)plan.Starts[0].Events[0]);

    [Fact]
    public void GivenALeaver_ThenTheirStatusOnTheAccountStaysActive_UntilTheClockPassesTheLastDay()
    {
        var carl = After(Today, Leaving("hr-1", "2026-12-04"));

        Assert.Equal(StaffStatus.Leaving, carl.Status);
        Assert.Empty(Plan(carl).StatusChanges);
        Assert.Equal(StaffStatus.Left, Assert.Single(Plan(TickOn(carl, Day("2026-12-05"))).StatusChanges).Status);
    }

    [Fact]
    public void GivenAPermanentHandover_WhenHrMovesTheLastDay_ThenItIsRescheduledNotOpenedAgain()
    {
        var carl = After(Today, Leaving("hr-1", "2026-12-04"));
        var existing = Opened(Plan(carl));

        var moved = Fold(carl, StaffDecider.Decide(carl, Leaving("hr-2", "2027-01-29"), Today));
        var plan = Plan(moved, [existing]);

        Assert.Empty(plan.Starts);
        var rescheduled = Assert.IsType<HandoverRescheduled>(Assert.Single(Assert.Single(plan.Appends).Events));
        Assert.Equal((Day("2027-01-29"), Day("2027-01-28")), (rescheduled.StartsOn, rescheduled.DueBy));
        Assert.Empty(Plan(moved, [existing.Then(rescheduled)]).Appends);
    }

    [Fact]
    public void GivenTheDeputyIsWorkingTheirNotice_ThenTheyReceiveALeaveEndingByTheirLastDay_ButNotOneBeyondIt()
    {
        var dina = After(Today, Leaving("hr-1", "2026-12-18", staff: "dina"));
        var shortLeave = After(Today, Leave("hr-2", "2026-12-07", "2026-12-11"));
        var longLeave = After(Today, Leave("hr-3", "2026-12-14", "2026-12-23"));

        Assert.Equal("dina", ((HandoverOpened)Plan(shortLeave, null, dina).Starts[0].Events[0]).ToUserId);
        Assert.Null(((HandoverOpened)Plan(longLeave, null, dina).Starts[0].Events[0]).ToUserId);
    }

    [Fact]
    public void GivenAnOpenHandoverToSomeoneWhoThenGivesNotice_ThenReplanMovesItOnlyWhenItOutlastsTheirNotice()
    {
        var carlOnLeave = After(Today, Leave("hr-1", "2026-12-07", "2026-12-11"));
        var handover = Opened(Plan(carlOnLeave));
        Assert.Equal("dina", handover.ToUserId);

        var staying = After(Today, Leaving("hr-2", "2026-12-31", staff: "dina"));
        var goingFirst = After(Today, Leaving("hr-3", "2026-12-08", staff: "dina"));
        var colleagues = (StaffMember dina) => new Dictionary<string, StaffMember> { ["dina"] = dina, ["carl"] = carlOnLeave };

        Assert.Empty(HandoverPlanner.Replan(handover, Account(), colleagues(staying), Today, Now));
        Assert.IsType<HandoverReceiverReplaced>(HandoverPlanner.Replan(handover, Account(), colleagues(goingFirst), Today, Now)[0]);
    }

    [Fact]
    public void GivenALeaversPermanentHandoverCompleted_ThenTheyHoldThatAccountNoMoreThoughStillAtWork()
    {
        var carl = After(Today, Leaving("hr-1", "2026-12-04"));
        var opened = Opened(Plan(carl));
        var completed = opened.Then(new HandoverCompleted(opened.Id, AccountId, "dina", new HandoverChecklist(true, true, null, null, null), Now));

        Assert.Equal(new CustodianStatusChange(AccountId, "carl", StaffStatus.Leaving), Assert.Single(Plan(carl, [completed]).StatusChanges));
        Assert.Equal(StaffStatus.Left, Assert.Single(Plan(TickOn(carl, Day("2026-12-05")), [completed]).StatusChanges).Status);
    }
}
