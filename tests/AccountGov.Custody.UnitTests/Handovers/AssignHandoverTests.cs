using AccountGov.Custody.Api.Accounts;
using AccountGov.Custody.Api.Handovers;
using AccountGov.Custody.Api.Handovers.Assigning;
using AccountGov.Custody.Api.Hr;
using AccountGov.ServiceDefaults.Errors;
using static AccountGov.Custody.UnitTests.Hr.Hr;
using HandoverState = AccountGov.Custody.Api.Handovers.Handover;
using StaffMember = AccountGov.Custody.Api.Hr.StaffMember;

namespace AccountGov.Custody.UnitTests.Handovers;

public class AssignHandoverTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Due = Day("2026-12-03");

    private static HandoverState Escalated(bool overdue = false)
    {
        var id = Guid.NewGuid();
        var opened = HandoverState.Start(new HandoverOpened(id, Guid.NewGuid(), "carl", null, HandoverKind.Permanent,
            HandoverReason.Departure, "hr-1", Day("2026-12-04"), Day("2026-11-20"), Now.AddDays(-10)));
        return opened.Then(new HandoverEscalated(id, opened.AccountId, overdue ? EscalationReason.Overdue : EscalationReason.NoEligibleReceiver, "sam", Now.AddDays(-10)));
    }

    private static CustodianView Custodian(string id, StaffStatus status = StaffStatus.Active) => new(id, CustodianRole.Deputy, status);

    private static IReadOnlyList<object> Assign(HandoverState h, string to, CustodianView? receiver, StaffMember? staff = null) =>
        AssignHandover.Decide(h, to, receiver, staff, Due, "beth", Today, Now);

    [Fact]
    public void GivenAnEscalatedHandover_WhenBdAssignsAnActiveCustodian_ThenItIsOpenWithThemAndAFreshDeadline()
    {
        var handover = Escalated(overdue: true);

        var events = Assign(handover, "bob", Custodian("bob"));

        var assigned = Assert.IsType<HandoverAssigned>(Assert.Single(events));
        Assert.Equal(("bob", "beth", Now, Due), (assigned.ToUserId, assigned.AssignedBy, assigned.At, assigned.DueBy));
        var after = handover.Then(assigned);
        Assert.Equal((HandoverStatus.Open, "bob", Due, false, (DateTimeOffset?)null),
            (after.Status, after.ToUserId, after.DueBy, after.OverdueEscalated, after.RemindedAt));
    }

    [Fact]
    public void GivenSomeoneWhoIsNotACustodian_WhenAssigned_ThenRefusedWithTheWayForward() =>
        Assert.Contains("add them as a custodian", Assert.Throws<RuleViolation>(() => Assign(Escalated(), "bob", null)).Message);

    [Fact]
    public void GivenTheGiver_WhenAssignedToThemselves_ThenRefused() =>
        Assert.Throws<RuleViolation>(() => Assign(Escalated(), "carl", Custodian("carl")));

    [Theory]
    [InlineData(StaffStatus.OnLeave)]
    [InlineData(StaffStatus.Leaving)]
    [InlineData(StaffStatus.Left)]
    public void GivenACustodianWhoIsNotActive_WhenAssigned_ThenRefused(StaffStatus status) =>
        Assert.Throws<RuleViolation>(() => Assign(Escalated(), "bob", Custodian("bob", status)));

    [Fact]
    public void GivenAnActiveCustodianWithLeaveBookedOverTheHandover_WhenAssigned_ThenRefused()
    {
        var bob = After(Today, Leave("hr-9", "2026-12-01", "2026-12-10", staff: "bob"));
        Assert.Throws<RuleViolation>(() => Assign(Escalated(), "bob", Custodian("bob"), bob));
    }

    [Fact]
    public void GivenAnOpenHandover_WhenAssigned_ThenRefused()
    {
        var id = Guid.NewGuid();
        var open = HandoverState.Start(new HandoverOpened(id, Guid.NewGuid(), "carl", "dina", HandoverKind.Permanent,
            HandoverReason.Departure, "hr-1", Day("2026-12-04"), Due, Now));
        Assert.Throws<RuleViolation>(() => Assign(open, "bob", Custodian("bob")));
    }
}
