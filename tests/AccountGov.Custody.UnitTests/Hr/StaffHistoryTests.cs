using AccountGov.Custody.Api.Hr;
using AccountGov.Custody.Api.Hr.Viewing;
using static AccountGov.Custody.UnitTests.Hr.Hr;

namespace AccountGov.Custody.UnitTests.Hr;

/// <summary>Issue 13: what each HR event did, as the single answer, the batch report and the person's view say it.</summary>
public class StaffHistoryTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void GivenLeaveThatBeganToday_WhenHrSaysTheyReturnedToday_ThenTheLeaveEndsAndTheyAreActive()
    {
        var state = After(Today, Leave("hr-1", "2026-11-23", type: LeaveType.Sickness));
        Assert.Equal(StaffStatus.OnLeave, state.Status);

        var events = StaffDecider.Decide(state, Returned("hr-2", "2026-11-23"), Today);

        Assert.Equal(HrEventEffect.Applied, HrEventEffect.Of("hr-2", events));
        Assert.Equal(StaffStatus.Active, Fold(state, events).Status);
    }

    [Fact]
    public void GivenAReturnWithNoLeave_WhenRecorded_ThenItIsReceivedFirst_AndHeldSayingWhyAndUntilWhat()
    {
        var events = StaffDecider.Record(null, Returned("hr-1", "2026-11-23"), Today);

        Assert.IsType<StaffRecorded>(events[0]);
        Assert.Equal("hr-1", Assert.IsType<HrEventReceived>(events[1]).Fact.EventId);
        var effect = HrEventEffect.Of("hr-1", events);
        Assert.Equal(HrEffectKind.Held, effect.Kind);
        Assert.Equal(("no leave to return from yet", "until HR sends the leave this return ends"), (effect.Why, effect.Until));
    }

    [Fact]
    public void GivenAStream_ThenTheHistoryListsEachEventAsReceived_WithHeldThenReleased_ARepeat_AndASupersededLeave()
    {
        StaffMember? state = null;
        var stream = new List<(object, DateTimeOffset)>();
        void Receive(HrFact fact, int minute)
        {
            var events = StaffDecider.Record(state, fact, Today);
            stream.AddRange(events.Select(e => (e, At.AddMinutes(minute))));
            state = Fold(state, events);
        }
        Receive(CancelLeave("hr-1", "2026-12-07"), 1);
        Receive(Leave("hr-2", "2026-12-07", "2026-12-11"), 2);
        Receive(Leave("hr-3", "2026-12-14", "2026-12-18"), 3);
        Receive(Leave("hr-4", "2026-12-14", "2026-12-21"), 4);
        stream.Add((new HrEventRepeated("carl", "hr-4"), At.AddMinutes(5)));

        var lines = StaffHistory.From(stream);

        Assert.Equal(["hr-1", "hr-2", "hr-3", "hr-4", "hr-4"], lines.Select(l => l.Fact.EventId));
        Assert.Equal([HrEffectKind.Applied, HrEffectKind.Applied, HrEffectKind.Applied, HrEffectKind.Applied, HrEffectKind.Duplicate],
            lines.Select(l => l.Outcome));
        Assert.Equal(At.AddMinutes(2), lines[0].ReleasedAt);
        Assert.StartsWith("held (no matching leave yet)", lines[0].Why);
        Assert.Equal("hr-4", lines[2].SupersededBy);
        Assert.Equal(At.AddMinutes(5), lines[4].ReceivedAt);
    }
}
