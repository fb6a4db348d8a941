using AccountGov.Custody.Api.Accounts;
using AccountGov.Custody.Api.Handovers;
using AccountGov.Custody.Api.Hr;
using static AccountGov.Custody.UnitTests.Hr.Hr;
using HandoverState = AccountGov.Custody.Api.Handovers.Handover;
using StaffMember = AccountGov.Custody.Api.Hr.StaffMember;

namespace AccountGov.Custody.UnitTests.Handovers;

public class ReplanTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
    private static readonly Guid AccountId = Guid.NewGuid();

    private static readonly CustodyAccount Account = new(AccountId, true, "sam",
    [
        new("carl", CustodianRole.Primary, StaffStatus.Active), new("bob", CustodianRole.Deputy, StaffStatus.Active),
        new("dina", CustodianRole.Deputy, StaffStatus.Active),
    ]);

    /// <summary>carl's leave from 1 December, handed to bob.</summary>
    private static HandoverState ToBob() => HandoverState.Start(new HandoverOpened(Guid.NewGuid(), AccountId, "carl", "bob",
        HandoverKind.Temporary, HandoverReason.Leave, "hr-1", Day("2026-12-01"), Day("2026-11-30"), Now));

    private static Dictionary<string, StaffMember> Staff(params StaffMember[] people) => people.ToDictionary(p => p.StaffId);

    private static readonly StaffMember CarlAway = After(Today, Leave("hr-1", "2026-12-01", "2026-12-10"));

    [Fact]
    public void GivenTheReceiverGivesNotice_WhenReplanned_ThenAnotherAvailableDeputyReceives()
    {
        var bobLeaving = After(Today, Leaving("hr-2", "2026-12-18", staff: "bob"));

        var events = HandoverPlanner.Replan(ToBob(), Account, Staff(CarlAway, bobLeaving), Today, Now);

        var replaced = Assert.IsType<HandoverReceiverReplaced>(Assert.Single(events));
        Assert.Equal(("bob", (string?)"dina"), (replaced.PreviousUserId, replaced.ToUserId));
        Assert.Equal(("dina", HandoverStatus.Open), (ToBob().Then(replaced).ToUserId, ToBob().Then(replaced).Status));
    }

    [Fact]
    public void GivenTheReceiverBooksLeaveOverTheHandover_AndNoOneElseQualifies_WhenReplanned_ThenEscalated()
    {
        var bobAway = After(Today, Leave("hr-3", "2026-11-30", "2026-12-04", staff: "bob"));
        var dinaLeaving = After(Today, Leaving("hr-4", "2026-12-18", staff: "dina"));

        var events = HandoverPlanner.Replan(ToBob(), Account, Staff(CarlAway, bobAway, dinaLeaving), Today, Now);

        Assert.Null(Assert.IsType<HandoverReceiverReplaced>(events[0]).ToUserId);
        Assert.Equal(Account.SponsorUserId, Assert.IsType<HandoverEscalated>(events[1]).SponsorUserId);
        Assert.Equal(HandoverStatus.Escalated, events.Aggregate(ToBob(), (h, e) => h.Then(e)).Status);
    }

    [Fact]
    public void GivenTheReceiverIsAwayOnlyAfterTheHandoverSpanStarts_OrStillAvailable_WhenReplanned_ThenNothingChanges()
    {
        var bobLaterLeave = After(Today, Leave("hr-5", "2027-01-10", "2027-01-12", staff: "bob"));
        Assert.Empty(HandoverPlanner.Replan(ToBob(), Account, Staff(CarlAway, bobLaterLeave), Today, Now));
        Assert.Empty(HandoverPlanner.Replan(ToBob(), Account, Staff(CarlAway), Today, Now));
    }
}
