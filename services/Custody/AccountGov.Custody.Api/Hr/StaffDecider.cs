using AccountGov.EventSourcing.Writing;

namespace AccountGov.Custody.Api.Hr;

/// <summary>
/// What an HR event, or the passing of a day, does to a member of staff. Pure: the caller passes today's date.
/// HR feeds are messy, so nothing here throws on odd input: a repeat does nothing, an event that cannot apply
/// yet is held and retried after every later event, and a correction undoes what it corrects.
/// </summary>
public static class StaffDecider
{
    public static IReadOnlyList<object> Decide(StaffMember? state, HrFact fact, DateOnly today)
    {
        var events = new List<object>();
        if (state is null)
        {
            var recorded = new StaffRecorded(fact.StaffId);
            events.Add(recorded);
            state = StaffMember.Start(recorded);
        }
        if (state.SeenEventIds.Contains(fact.EventId)) return events;

        var decided = EffectsOf(state, fact, today) ?? [Hold(state, fact)];
        events.AddRange(decided);
        if (decided[0] is not HrEventHeld) events.AddRange(ReleaseHeld(state.Fold(decided), today));
        return events;
    }

    /// <summary>
    /// <see cref="Decide"/>, with the event as HR sent it recorded first (<see cref="HrEventReceived"/>), so the
    /// person's HR view shows every event as received and, after it, what it did.
    /// </summary>
    public static IReadOnlyList<object> Record(StaffMember? state, HrFact fact, DateOnly today)
    {
        if (state?.SeenEventIds.Contains(fact.EventId) == true) return [];
        var recorded = state is null ? new StaffRecorded(fact.StaffId) : null;
        var decided = Decide(recorded is null ? state : StaffMember.Start(recorded), fact, today);
        return recorded is null ? [new HrEventReceived(fact.StaffId, fact), .. decided] : [recorded, new HrEventReceived(fact.StaffId, fact), .. decided];
    }

    /// <summary>The time-driven transitions due by <paramref name="today"/>: leave starts, leave ends, departure.</summary>
    public static IReadOnlyList<object> Tick(StaffMember state, DateOnly today)
    {
        var events = new List<object>();
        foreach (var leave in state.Leaves.Where(l => !l.IsOver))
        {
            if (!leave.Started && leave.From <= today)
                events.Add(new LeaveStarted(state.StaffId, leave.EventId, leave.From));
            // IG31 §8.1: custody returns at the end date when HR confirms nothing else.
            if (leave.From <= today && leave.LastDayAway is { } last && last < today)
                events.Add(new LeaveEnded(state.StaffId, leave.EventId, last.AddDays(1),
                    leave.BackOn is null ? LeaveEndReason.EndDate : LeaveEndReason.Returned));
        }
        if (state is { HasLeft: false, Departure: { } d } && d.LastWorkingDay < today)
            events.Add(new StaffLeft(state.StaffId, d.LastWorkingDay));
        if (state.Move is { Effective: false } move && move.EffectiveOn <= today)
            events.Add(new TeamMoveTookEffect(state.StaffId, move.EventId));
        return events;
    }

    // Null when the event cannot apply yet and must be held.
    private static List<object>? EffectsOf(StaffMember s, HrFact f, DateOnly today) => f.Type switch
    {
        HrEventType.LeaveBooked => BookLeave(s, f, today),
        HrEventType.LeaveCancelled => CancelLeave(s, f),
        HrEventType.Returned => Return(s, f, today, suspension: false),
        HrEventType.Leaving => AnnounceLeaving(s, f),
        HrEventType.LeavingCancelled => CancelLeaving(s, f),
        HrEventType.Suspended => Suspend(s, f, today),
        HrEventType.Reinstated => Return(s, f, today, suspension: true),
        HrEventType.Moved => Move(s, f, today),
        _ => [Ignore(s, f, "unknown event type")],
    };

    private static List<object> BookLeave(StaffMember s, HrFact f, DateOnly today)
    {
        if (s.HasLeft) return [Ignore(s, f, "the person has left")];
        var from = f.From!.Value;
        var same = s.Leaves.FirstOrDefault(l => !l.IsOver && !l.Suspension && l.From == from);
        if (same is not null)
            return same.To == f.To && same.Type == f.LeaveType
                ? [Ignore(s, f, "this leave is already booked")]
                : [new LeaveAmended(s.StaffId, f.EventId, same.EventId, f.LeaveType!.Value, f.To)];
        var booked = new LeaveBooked(s.StaffId, f.EventId, f.LeaveType!.Value, from, f.To);
        // Sickness is rarely booked ahead: a leave that has already begun starts now, and so does its handover.
        return [booked, .. Tick(s.Then(booked), today)];
    }

    private static List<object>? CancelLeave(StaffMember s, HrFact f)
    {
        var leave = f.From is { } from
            ? s.Leaves.FirstOrDefault(l => !l.IsOver && !l.Suspension && l.From == from)
            : s.Leaves.Where(l => !l.IsOver && !l.Suspension).MaxBy(l => l.From);
        return leave is null ? null : [new LeaveCancelled(s.StaffId, f.EventId, leave.EventId)];
    }

    // Returned ends a leave, Reinstated a suspension: the first day back.
    private static List<object>? Return(StaffMember s, HrFact f, DateOnly today, bool suspension)
    {
        var backOn = f.From!.Value;
        // Back on the day the leave began is what HR means: the person is back (the leave lasted no working day).
        var leave = s.Leaves.Where(l => !l.IsOver && l.Suspension == suspension && l.From <= backOn).MaxBy(l => l.From);
        if (leave is null) return null;
        return backOn <= today
            ? [new ReturnRecorded(s.StaffId, f.EventId, leave.EventId, backOn),
               new LeaveEnded(s.StaffId, leave.EventId, backOn, LeaveEndReason.Returned)]
            : [new ReturnRecorded(s.StaffId, f.EventId, leave.EventId, backOn)];
    }

    private static List<object> AnnounceLeaving(StaffMember s, HrFact f)
    {
        if (s.HasLeft) return [Ignore(s, f, "the person has already left")];
        if (s.Departure?.LastWorkingDay == f.LastWorkingDay) return [Ignore(s, f, "this departure is already known")];
        return [new LeavingAnnounced(s.StaffId, f.EventId, f.LastWorkingDay!.Value)];
    }

    // IG31 §8.1: credentials are handed over to the organisation on request; a suspension is such a request.
    private static List<object> Suspend(StaffMember s, HrFact f, DateOnly today)
    {
        if (s.HasLeft) return [Ignore(s, f, "the person has left")];
        if (s.Leaves.Any(l => !l.IsOver && l.Suspension)) return [Ignore(s, f, "the person is already suspended")];
        var recorded = new SuspensionRecorded(s.StaffId, f.EventId, f.From!.Value);
        return [recorded, .. Tick(s.Then(recorded), today)];
    }

    // Custody follows the team (IG31 §8: service-specific accounts belong to the team that was authorised to run them).
    private static List<object> Move(StaffMember s, HrFact f, DateOnly today)
    {
        if (s.HasLeft) return [Ignore(s, f, "the person has left")];
        if (s.Move is { } m && string.Equals(m.Team, f.Team, StringComparison.OrdinalIgnoreCase) && m.EffectiveOn == f.From) return [Ignore(s, f, "this move is already known")];
        var recorded = new TeamMoveRecorded(s.StaffId, f.EventId, f.Team!, f.From!.Value);
        return [recorded, .. Tick(s.Then(recorded), today).OfType<TeamMoveTookEffect>()];
    }

    private static List<object>? CancelLeaving(StaffMember s, HrFact f) =>
        s.HasLeft ? [Ignore(s, f, "the person has already left")]
        : s.Departure is null ? null
        : [new LeavingCancelled(s.StaffId, f.EventId)];

    // A held event is retried once per later event; once it applies it is released with its effects.
    private static List<object> ReleaseHeld(StaffMember state, DateOnly today)
    {
        var events = new List<object>();
        bool released;
        do
        {
            released = false;
            foreach (var held in state.Held)
            {
                if (EffectsOf(state, held, today) is not { } effects) continue;
                List<object> step = [new HeldHrEventReleased(state.StaffId, held.EventId), .. effects];
                events.AddRange(step);
                state = state.Fold(step);
                released = true;
                break;
            }
        } while (released);
        return events;
    }

    private static HrEventHeld Hold(StaffMember s, HrFact f) => f.Type switch
    {
        HrEventType.Returned => new(s.StaffId, f, "no leave to return from yet", "until HR sends the leave this return ends"),
        HrEventType.LeaveCancelled => new(s.StaffId, f, "no matching leave yet", "until HR sends the leave this cancels"),
        HrEventType.Reinstated => new(s.StaffId, f, "no suspension to end yet", "until HR sends the suspension this ends"),
        _ => new(s.StaffId, f, "no departure to cancel yet", "until HR sends the leaving this cancels"),
    };

    private static HrEventIgnored Ignore(StaffMember s, HrFact f, string why) => new(s.StaffId, f.EventId, why);
}
