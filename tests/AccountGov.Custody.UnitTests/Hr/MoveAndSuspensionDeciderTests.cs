using AccountGov.Custody.Api.Accounts;
using AccountGov.Custody.Api.Handovers;
using AccountGov.Custody.Api.Hr;
using AccountGov.ServiceDefaults.Time;
using static AccountGov.Custody.UnitTests.Hr.Hr;

namespace AccountGov.Custody.UnitTests.Hr;

/// <summary>Issue 13: Suspended, Reinstated and Moved, as the decider and the planner see them.</summary>
public class MoveAndSuspensionDeciderTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
    private static readonly Guid AccountId = Guid.Parse("11111111-1111-1111-1111-111111111111");

    private static HrFact Suspended(string id, string from) => new(id, HrEventType.Suspended, "carl", From: Day(from));
    private static HrFact Reinstated(string id, string from) => new(id, HrEventType.Reinstated, "carl", From: Day(from));
    private static HrFact Moved(string id, string team, string from) => new(id, HrEventType.Moved, "carl", From: Day(from), Team: team);

    private static HandoverPlan Plan(StaffMember carl) => HandoverPlanner.Plan(carl,
        [new CustodyAccount(AccountId, true, "sam", [new CustodianView("carl", CustodianRole.Primary, StaffStatus.Active), new CustodianView("dina", CustodianRole.Deputy, StaffStatus.Active)])
            { Team = "Paediatric Physiotherapy" }],
        [], new Dictionary<string, StaffMember>(), Today, Now, BusinessCalendar.WeekdaysOnly);

    [Fact]
    public void GivenASuspensionFromToday_ThenTheyAreSuspendedForHr_AwayOnTheAccounts_AndCustodyIsDueToday()
    {
        var carl = After(Today, Suspended("hr-1", "2026-11-23"));

        Assert.Equal((StaffStatus.Suspended, StaffStatus.OnLeave), (carl.Status, carl.StatusOnAccounts()));
        var opened = (HandoverOpened)Plan(carl).Starts[0].Events[0];
        Assert.Equal((HandoverKind.Temporary, Today), (opened.Kind, opened.DueBy));
    }

    [Fact]
    public void GivenAReinstatementBeforeItsSuspension_ThenItIsHeld_AndAReturnedDoesNotEndASuspension()
    {
        var held = StaffDecider.Decide(After(Today, Leave("hr-0", "2026-12-01", "2026-12-04")), Reinstated("hr-1", "2026-11-23"), Today);
        Assert.Equal("no suspension to end yet", Assert.IsType<HrEventHeld>(Assert.Single(held)).Why);

        var carl = After(Today, Suspended("hr-2", "2026-11-16"), Returned("hr-3", "2026-11-23"));
        Assert.Equal(StaffStatus.Suspended, carl.Status);
        Assert.Equal(StaffStatus.Active, After(Today, Suspended("hr-2", "2026-11-16"), Reinstated("hr-4", "2026-11-23")).Status);
    }

    [Fact]
    public void GivenAMoveToAnotherTeam_ThenAPermanentHandoverOfTheOldTeamsAccountIsDueBeforeIt_AndOnTheDayTheyHoldItNoMore()
    {
        var carl = After(Today, Moved("hr-1", "Community Dietetics", "2026-12-07"));

        var opened = (HandoverOpened)Plan(carl).Starts[0].Events[0];
        Assert.Equal((HandoverKind.Permanent, HandoverReason.TeamMove, Day("2026-12-04")), (opened.Kind, opened.Reason, opened.DueBy));
        Assert.Empty(Plan(carl).StatusChanges);
        Assert.Equal(StaffStatus.Left, Assert.Single(Plan(TickOn(carl, Day("2026-12-07"))).StatusChanges).Status);
        Assert.Empty(Plan(After(Today, Moved("hr-2", "Paediatric Physiotherapy", "2026-12-07"))).Starts);
    }
}
