using System.Text.Json;
using AccountGov.Custody.Api.Handovers;
using AccountGov.Custody.Api.Handovers.Assigning;
using AccountGov.EventSourcing.Writing;

namespace AccountGov.Custody.UnitTests.Handovers;

/// <summary>
/// Marten hands its projection only the events an aggregate lists, so: every event on a handover stream is listed in
/// <see cref="Api.Handovers.Handover.Events"/>, Marten's projection folds it as the one evolve (<c>Then</c>) does, and
/// every one changes the handover.
/// </summary>
public class HandoverReplayTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    private static Api.Handovers.Handover Opened(out Guid id)
    {
        id = Guid.NewGuid();
        return Api.Handovers.Handover.Start(new HandoverOpened(id, Guid.NewGuid(), "carl", "dina", HandoverKind.Temporary,
            HandoverReason.Leave, "hr-1", new DateOnly(2026, 12, 1), new DateOnly(2026, 11, 30), Now));
    }

    [Fact]
    public void GivenEveryHandoverEvent_WhenReplayed_ThenMartenIsHandedItAndTheOneEvolveChangesTheState()
    {
        var state = Opened(out var id);
        var account = state.AccountId;
        object[] events =
        [
            new HandoverReminded(id, account, "dina", new DateOnly(2026, 11, 30), Now),
            new HandoverRescheduled(id, account, new DateOnly(2026, 12, 7), new DateOnly(2026, 12, 11), new DateOnly(2026, 12, 4), Now),
            new HandoverReceiverReplaced(id, account, "dina", null, Now),
            new HandoverEscalated(id, account, EscalationReason.NoEligibleReceiver, "sam", Now),
            new HandoverAssigned(id, account, "bob", new DateOnly(2026, 12, 2), "beth", Now),
            new HandoverCompleted(id, account, "bob", new HandoverChecklist(true, true, null, null, null), Now),
            new HandoverReverted(id, account, RevertReason.Returned, Now.AddDays(10)),
        ];
        var eventTypes = typeof(HandoverOpened).Assembly.GetTypes()
            .Where(t => t.IsSealed && t.GetProperty("HandoverId") is not null && t.Name.StartsWith("Handover", StringComparison.Ordinal))
            .ToHashSet();

        foreach (var e in events)
        {
            Assert.True(Api.Handovers.Handover.Events.Contains(e.GetType()), $"{e.GetType().Name} is not in Handover.Events: Marten would skip it.");
            var projected = MartenFold.Evolve(state, e);
            var evolved = state.Then(e);
            Assert.NotEqual(Json(state), Json(evolved));
            Assert.Equal(Json(projected), Json(evolved));
            state = evolved;
        }

        Assert.Empty(eventTypes.Except([typeof(HandoverOpened), .. events.Select(e => e.GetType())]).Select(t => t.Name));
    }

    [Fact]
    public void GivenAnEventOfAnotherStream_WhenEvolved_ThenItFailsLoudly() =>
        Assert.Throws<UnknownEvent>(() => Opened(out _).Then(new object()));

    private static string Json(Api.Handovers.Handover h) => JsonSerializer.Serialize(h);
}
