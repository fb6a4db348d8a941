using System.Collections.Immutable;
using AccountGov.EventSourcing.Writing;

namespace AccountGov.Custody.Api.Hr;

/// <summary>One booked absence. Over once cancelled or ended; the last day away is the day before the first day back.</summary>
public sealed record Leave(
    string EventId, LeaveType Type, DateOnly From, DateOnly? To, bool Started = false, bool Cancelled = false,
    DateOnly? BackOn = null, LeaveEndReason? EndedBy = null, bool Suspension = false)
{
    public bool IsOver => Cancelled || EndedBy is not null;
    public DateOnly? LastDayAway => BackOn?.AddDays(-1) ?? To;

    /// <summary>Whether the person is (or is booked to be) away on <paramref name="day"/>.</summary>
    public bool Covers(DateOnly day) => !IsOver && From <= day && (LastDayAway is not { } last || day <= last);
}

public sealed record Departure(string EventId, DateOnly LastWorkingDay);

/// <summary>A change of team: from <see cref="EffectiveOn"/> the person holds only the accounts of <see cref="Team"/>.</summary>
public sealed record TeamMove(string EventId, string Team, DateOnly EffectiveOn, bool Effective = false);

/// <summary>
/// A member of staff as HR reports them. Unknown staff are recorded too: they matter once they are custodians.
/// <see cref="Status"/> and <see cref="NextDueOn"/> are stored so the clock can query what is due.
/// </summary>
public sealed record StaffMember(
    Guid Id, string StaffId, ImmutableList<Leave> Leaves, Departure? Departure, bool HasLeft,
    ImmutableList<HrFact> Held, ImmutableHashSet<string> SeenEventIds) : IAggregate<StaffMember>
{
    public StaffStatus Status { get; init; } = StaffStatus.Active;
    public DateOnly? NextDueOn { get; init; }
    /// <summary>The latest team change HR reported; null when HR never said which team the person is in.</summary>
    public TeamMove? Move { get; init; }
    /// <summary>The stream version, set by Marten on the snapshot; batched appends expect it.</summary>
    public long Version { get; set; }

    /// <summary>Every event of the stream, its first included (Marten hands the projection only these).</summary>
    public static IReadOnlyList<Type> Events { get; } =
    [
        typeof(StaffRecorded), typeof(LeaveBooked), typeof(LeaveAmended), typeof(LeaveCancelled), typeof(LeaveStarted),
        typeof(ReturnRecorded), typeof(LeaveEnded), typeof(LeavingAnnounced), typeof(LeavingCancelled), typeof(StaffLeft),
        typeof(SuspensionRecorded), typeof(TeamMoveRecorded), typeof(TeamMoveTookEffect), typeof(HrEventHeld),
        typeof(HeldHrEventReleased), typeof(HrEventIgnored), typeof(HrEventReceived), typeof(HrEventRepeated),
    ];

    public static StaffMember Start(object first) => first is StaffRecorded e
        ? new(StreamIds.ForStaff(e.StaffId), e.StaffId, [], null, false, [], [])
        : throw new UnknownEvent(typeof(StaffMember), first);

    private StaffMember On(LeaveBooked e) => Settle(this with
    {
        Leaves = Leaves.Add(new Leave(e.HrEventId, e.LeaveType, e.From, e.To)), SeenEventIds = SeenEventIds.Add(e.HrEventId),
    });

    private StaffMember On(LeaveAmended e) => Settle(WithLeave(e.LeaveEventId, l => l with { Type = e.LeaveType, To = e.To }) with
    {
        SeenEventIds = SeenEventIds.Add(e.HrEventId),
    });

    private StaffMember On(LeaveCancelled e) => Settle(WithLeave(e.LeaveEventId, l => l with { Cancelled = true }) with
    {
        SeenEventIds = SeenEventIds.Add(e.HrEventId),
    });

    private StaffMember On(LeaveStarted e) => Settle(WithLeave(e.LeaveEventId, l => l with { Started = true }));

    private StaffMember On(ReturnRecorded e) => Settle(WithLeave(e.LeaveEventId, l => l with { BackOn = e.BackOn }) with
    {
        SeenEventIds = SeenEventIds.Add(e.HrEventId),
    });

    private StaffMember On(LeaveEnded e) => Settle(WithLeave(e.LeaveEventId, l => l with { BackOn = e.BackOn, EndedBy = e.Reason }));

    private StaffMember On(LeavingAnnounced e) => Settle(this with
    {
        // A second Leaving with another date amends the first: the departure keeps its original cause.
        Departure = new Departure(Departure?.EventId ?? e.HrEventId, e.LastWorkingDay),
        SeenEventIds = SeenEventIds.Add(e.HrEventId),
    });

    private StaffMember On(LeavingCancelled e) => Settle(this with { Departure = null, SeenEventIds = SeenEventIds.Add(e.HrEventId) });

    private StaffMember On(StaffLeft e) => Settle(this with { HasLeft = true });

    private StaffMember On(SuspensionRecorded e) => Settle(this with
    {
        Leaves = Leaves.Add(new Leave(e.HrEventId, LeaveType.Other, e.From, null, Suspension: true)), SeenEventIds = SeenEventIds.Add(e.HrEventId),
    });

    private StaffMember On(TeamMoveRecorded e) => Settle(this with
    {
        Move = new TeamMove(e.HrEventId, e.Team, e.EffectiveOn), SeenEventIds = SeenEventIds.Add(e.HrEventId),
    });

    private StaffMember On(TeamMoveTookEffect e) => Settle(this with { Move = Move! with { Effective = true } });

    private StaffMember On(HrEventHeld e) => Settle(this with { Held = Held.Add(e.Fact), SeenEventIds = SeenEventIds.Add(e.Fact.EventId) });

    private StaffMember On(HeldHrEventReleased e) => Settle(this with { Held = Held.RemoveAll(f => f.EventId == e.HrEventId) });

    private StaffMember On(HrEventIgnored e) => this with { SeenEventIds = SeenEventIds.Add(e.HrEventId) };

    private StaffMember On(HrEventReceived e) => this;

    private StaffMember On(HrEventRepeated e) => this;

    /// <summary>The one evolve: every event of the stream after the first. Marten folds the stream through it too (EvolvingProjection).</summary>
    public StaffMember Then(object e) => e switch
    {
        LeaveBooked x => On(x), LeaveAmended x => On(x), LeaveCancelled x => On(x), LeaveStarted x => On(x),
        ReturnRecorded x => On(x), LeaveEnded x => On(x), LeavingAnnounced x => On(x), LeavingCancelled x => On(x),
        StaffLeft x => On(x), HrEventHeld x => On(x), HeldHrEventReleased x => On(x), HrEventIgnored x => On(x),
        HrEventReceived x => On(x), HrEventRepeated x => On(x), SuspensionRecorded x => On(x), TeamMoveRecorded x => On(x),
        TeamMoveTookEffect x => On(x),
        _ => throw new UnknownEvent(typeof(StaffMember), e),
    };

    /// <summary>
    /// The status the person holds on the accounts they keep. A leaver works their notice: they keep custody (and may
    /// reveal) until the end of their last working day, while the permanent handover is planned ahead of it. A
    /// suspension shows as away, as any absence does: colleagues learn that someone is away, not why.
    /// </summary>
    public StaffStatus StatusOnAccounts() => Status switch
    {
        StaffStatus.Leaving => StaffStatus.Active,
        StaffStatus.Suspended => StaffStatus.OnLeave,
        _ => Status,
    };

    /// <summary>
    /// Whether the person can hold custody from <paramref name="from"/> to <paramref name="until"/> (null: for good):
    /// not gone, not away at the start, and not leaving before the span ends.
    /// </summary>
    public bool CanHoldCustody(DateOnly from, DateOnly? until) =>
        StatusOnAccounts() == StaffStatus.Active && !IsAwayOn(from)
        && (Departure is not { } d || (until is { } last && last <= d.LastWorkingDay));

    /// <summary>Whether the person will be unable to hold custody on <paramref name="day"/> as far as HR has told us.</summary>
    public bool IsAwayOn(DateOnly day) =>
        (HasLeft) || (Departure is { } d && day > d.LastWorkingDay) || Leaves.Any(l => l.Covers(day));

    private StaffMember WithLeave(string leaveEventId, Func<Leave, Leave> change) =>
        this with { Leaves = Leaves.Select(l => l.EventId == leaveEventId ? change(l) : l).ToImmutableList() };

    private static StaffMember Settle(StaffMember s) => s with { Status = StatusOf(s), NextDueOn = NextDue(s) };

    private static StaffStatus StatusOf(StaffMember s) =>
        s.HasLeft ? StaffStatus.Left
        : s.Leaves.Any(l => l.Started && !l.IsOver && l.Suspension) ? StaffStatus.Suspended
        : s.Leaves.Any(l => l.Started && !l.IsOver) ? StaffStatus.OnLeave
        : s.Departure is not null ? StaffStatus.Leaving
        : StaffStatus.Active;

    // The first day the clock has something to do: a leave starts, a leave ends, or the last working day has passed.
    private static DateOnly? NextDue(StaffMember s)
    {
        var days = s.Leaves.Where(l => !l.IsOver)
            .Select(l => l.Started ? l.LastDayAway?.AddDays(1) : l.From)
            .Append(s.HasLeft ? null : s.Departure?.LastWorkingDay.AddDays(1))
            .Append(s.Move is { Effective: false } m ? m.EffectiveOn : null)
            .OfType<DateOnly>();
        return days.Any() ? days.Min() : null;
    }
}
