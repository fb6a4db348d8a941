using AccountGov.Custody.Api.Hr;
using static AccountGov.Custody.UnitTests.Hr.Hr;

namespace AccountGov.Custody.UnitTests.Hr;

public class StaffDeciderTests
{
    [Fact]
    public void GivenUnknownStaff_WhenLeaveIsBooked_ThenTheyAreRecordedAndStillActive()
    {
        var events = StaffDecider.Decide(null, Leave("hr-1", "2026-12-01", "2026-12-14"), Today);

        Assert.IsType<StaffRecorded>(events[0]);
        Assert.IsType<LeaveBooked>(events[1]);
        var state = Fold(null, events);
        Assert.Equal(StaffStatus.Active, state.Status);
        Assert.Equal(Day("2026-12-01"), state.NextDueOn);
    }

    [Fact]
    public void GivenAProcessedEvent_WhenTheSameEventIdArrivesAgain_ThenNothingIsDecided()
    {
        var state = After(Today, Leave("hr-1", "2026-12-01", "2026-12-14"));

        Assert.Empty(StaffDecider.Decide(state, Leave("hr-1", "2026-12-01", "2026-12-14"), Today));
        Assert.Empty(StaffDecider.Decide(state, Leaving("hr-1", "2027-01-31"), Today)); // same id, other body: still a repeat
    }

    [Fact]
    public void GivenSicknessThatHasBegun_WhenBooked_ThenTheLeaveStartsAtOnce()
    {
        var state = After(Today, Leave("hr-1", "2026-11-23", type: LeaveType.Sickness));

        Assert.Equal(StaffStatus.OnLeave, state.Status);
        Assert.Null(state.NextDueOn); // open-ended until Returned
    }

    [Fact]
    public void GivenBookedLeave_WhenTheClockReachesItsDays_ThenItStartsAndEndsAfterTheEndDate()
    {
        var state = After(Today, Leave("hr-1", "2026-12-01", "2026-12-14"));

        Assert.Empty(StaffDecider.Tick(state, Day("2026-11-30")));
        state = TickOn(state, Day("2026-12-01"));
        Assert.Equal(StaffStatus.OnLeave, state.Status);
        Assert.Empty(StaffDecider.Tick(state, Day("2026-12-14")));
        var ended = StaffDecider.Tick(state, Day("2026-12-15"));
        Assert.Equal(LeaveEndReason.EndDate, Assert.IsType<LeaveEnded>(Assert.Single(ended)).Reason);
        Assert.Equal(StaffStatus.Active, Fold(state, ended).Status);
    }

    [Fact]
    public void GivenLeaveUnderway_WhenReturnedArrives_ThenTheLeaveEndsAsReturned()
    {
        var state = After(Today, Leave("hr-1", "2026-11-16", "2026-12-14"), Returned("hr-2", "2026-11-23"));

        Assert.Equal(StaffStatus.Active, state.Status);
        Assert.Equal(LeaveEndReason.Returned, Assert.Single(state.Leaves).EndedBy);
    }

    [Fact]
    public void GivenNoLeave_WhenReturnedArrivesFirst_ThenItIsHeldWithoutEffect()
    {
        var events = StaffDecider.Decide(null, Returned("hr-2", "2026-11-23"), Today);

        Assert.IsType<HrEventHeld>(events[1]);
        var state = Fold(null, events);
        Assert.Equal(StaffStatus.Active, state.Status);
        Assert.Single(state.Held);
    }

    [Fact]
    public void GivenAHeldReturn_WhenItsLeaveBookedArrivesLate_ThenTheLeaveIsReconciledAsAlreadyOver()
    {
        var state = After(Today, Returned("hr-2", "2026-11-23"), Leave("hr-1", "2026-11-16", "2026-11-27"));

        Assert.Empty(state.Held);
        var leave = Assert.Single(state.Leaves);
        Assert.Equal(LeaveEndReason.Returned, leave.EndedBy);
        Assert.Equal(StaffStatus.Active, state.Status);
    }

    [Fact]
    public void GivenAHeldCancellation_WhenTheLeaveArrives_ThenTheLeaveIsCancelledStraightAway()
    {
        var state = After(Today, CancelLeave("hr-9", "2026-12-01"), Leave("hr-1", "2026-12-01", "2026-12-14"));

        Assert.True(Assert.Single(state.Leaves).Cancelled);
        Assert.Null(state.NextDueOn);
    }

    [Fact]
    public void GivenLeaveUnderway_WhenItIsCancelled_ThenThePersonIsActiveAgain()
    {
        var state = After(Today, Leave("hr-1", "2026-11-20", "2026-12-14"), CancelLeave("hr-2", "2026-11-20"));

        Assert.Equal(StaffStatus.Active, state.Status);
    }

    [Fact]
    public void GivenLeaving_WhenCancelled_ThenActiveAgain_AndACancellationBeforeTheLeavingIsHeld()
    {
        Assert.Equal(StaffStatus.Active, After(Today, Leaving("hr-1", "2026-12-31"), CancelLeaving("hr-2")).Status);

        var early = After(Today, CancelLeaving("hr-2"));
        Assert.Single(early.Held);
        Assert.Equal(StaffStatus.Active, After(Today, CancelLeaving("hr-2"), Leaving("hr-1", "2026-12-31")).Status);
    }

    [Fact]
    public void GivenALeaver_WhenTheLastWorkingDayHasPassed_ThenTheyAreLeftForGood()
    {
        var state = After(Today, Leaving("hr-1", "2026-11-30"));
        Assert.Equal(StaffStatus.Leaving, state.Status);
        Assert.Empty(StaffDecider.Tick(state, Day("2026-11-30")));

        state = TickOn(state, Day("2026-12-01"));

        Assert.Equal(StaffStatus.Left, state.Status);
        Assert.IsType<HrEventIgnored>(Assert.Single(StaffDecider.Decide(state, CancelLeaving("hr-2"), Day("2026-12-02"))));
        Assert.IsType<HrEventIgnored>(Assert.Single(StaffDecider.Decide(state, Leave("hr-3", "2026-12-05"), Day("2026-12-02"))));
        Assert.Equal(StaffStatus.Left, TickOn(state, Day("2027-01-01")).Status);
    }

    [Fact]
    public void GivenBookedLeave_WhenTheSameLeaveArrivesWithAnotherEndDate_ThenItIsAmendedNotDoubled()
    {
        var state = After(Today, Leave("hr-1", "2026-12-01", "2026-12-14"), Leave("hr-2", "2026-12-01", "2026-12-18"));

        var leave = Assert.Single(state.Leaves);
        Assert.Equal("hr-1", leave.EventId);
        Assert.Equal(Day("2026-12-18"), leave.To);
    }

    [Fact]
    public void GivenAFutureReturnDate_WhenReturnedArrives_ThenTheLeaveEndsOnThatDay()
    {
        var state = After(Today, Leave("hr-1", "2026-11-20", type: LeaveType.Sickness), Returned("hr-2", "2026-11-26"));

        Assert.Equal(StaffStatus.OnLeave, state.Status);
        Assert.Equal(Day("2026-11-26"), state.NextDueOn);
        state = TickOn(state, Day("2026-11-26"));
        Assert.Equal(LeaveEndReason.Returned, Assert.Single(state.Leaves).EndedBy);
    }

    [Fact]
    public void GivenEveryStaffEvent_WhenApplied_ThenTheStateChanges()
    {
        var s = After(Today, Leave("hr-1", "2026-12-01", "2026-12-14"));
        object[] events =
        [
            new LeaveAmended("carl", "a", "hr-1", LeaveType.Other, null), new LeaveCancelled("carl", "b", "hr-1"),
            new LeaveStarted("carl", "hr-1", Today), new ReturnRecorded("carl", "c", "hr-1", Today),
            new LeaveEnded("carl", "hr-1", Today, LeaveEndReason.Returned), new LeavingAnnounced("carl", "d", Today),
            new LeavingCancelled("carl", "e"), new StaffLeft("carl", Today), new HrEventHeld("carl", CancelLeaving("f"), "x"),
            new HrEventIgnored("carl", "g", "x"),
        ];
        // Compared as JSON, the way Marten stores the snapshot: a no-op Apply would serialise identically.
        static string Json(StaffMember m) => System.Text.Json.JsonSerializer.Serialize(m);
        foreach (var e in events) Assert.NotEqual(Json(s), Json(s.Then(e)));
        var held = s.Then(new HrEventHeld("carl", CancelLeaving("f"), "x"));
        Assert.NotEqual(Json(held), Json(held.Then(new HeldHrEventReleased("carl", "f"))));
    }
}
