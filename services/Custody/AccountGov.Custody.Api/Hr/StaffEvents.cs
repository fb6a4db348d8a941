namespace AccountGov.Custody.Api.Hr;

public enum StaffStatus { Active, OnLeave, Leaving, Left, Suspended }

public enum LeaveType { Annual, Sickness, Other }

public enum LeaveEndReason { Returned, EndDate }

/// <summary>
/// The HR event types of api.md. An HR event names a staff member by HR's id only: no name, no reason for the
/// absence beyond its type (IG31 §8.1 needs to know that someone is away, not why).
/// </summary>
public enum HrEventType { LeaveBooked, LeaveCancelled, Returned, Leaving, LeavingCancelled, Moved, Suspended, Reinstated }

/// <summary>One validated HR event, as the deciders see it.</summary>
public sealed record HrFact(
    string EventId, HrEventType Type, string StaffId, LeaveType? LeaveType = null,
    DateOnly? From = null, DateOnly? To = null, DateOnly? LastWorkingDay = null, string? Team = null);

// The Staff stream. Every HR-driven event carries the HR eventId so a repeat is recognised.
public sealed record StaffRecorded(string StaffId);
public sealed record LeaveBooked(string StaffId, string HrEventId, LeaveType LeaveType, DateOnly From, DateOnly? To);
public sealed record LeaveAmended(string StaffId, string HrEventId, string LeaveEventId, LeaveType LeaveType, DateOnly? To);
public sealed record LeaveCancelled(string StaffId, string HrEventId, string LeaveEventId);
public sealed record LeaveStarted(string StaffId, string LeaveEventId, DateOnly On);
/// <summary>HR reported the first day back; when that day is still ahead the leave ends then.</summary>
public sealed record ReturnRecorded(string StaffId, string HrEventId, string LeaveEventId, DateOnly BackOn);
public sealed record LeaveEnded(string StaffId, string LeaveEventId, DateOnly BackOn, LeaveEndReason Reason);
public sealed record LeavingAnnounced(string StaffId, string HrEventId, DateOnly LastWorkingDay);
public sealed record LeavingCancelled(string StaffId, string HrEventId);
public sealed record StaffLeft(string StaffId, DateOnly LastWorkingDay);
/// <summary>HR suspended the person from <c>From</c>: away from custody until reinstated (a <c>Reinstated</c> is a return).</summary>
public sealed record SuspensionRecorded(string StaffId, string HrEventId, DateOnly From);
/// <summary>HR moved the person to another team from <c>EffectiveOn</c>: custody of the old team's accounts moves with the team.</summary>
public sealed record TeamMoveRecorded(string StaffId, string HrEventId, string Team, DateOnly EffectiveOn);
/// <summary>The move's day came (the clock): the person holds the old team's accounts no more.</summary>
public sealed record TeamMoveTookEffect(string StaffId, string HrEventId);
/// <summary>An event that cannot apply yet (e.g. a Returned before its LeaveBooked); retried after every later event.</summary>
public sealed record HrEventHeld(string StaffId, HrFact Fact, string Why, string? Until = null);
public sealed record HeldHrEventReleased(string StaffId, string HrEventId);
/// <summary>HR's event as it arrived, first for each eventId in the stream: the person's HR view (GET /staff/{id}) reads it.</summary>
public sealed record HrEventReceived(string StaffId, HrFact Fact);
/// <summary>The same eventId arrived again: recorded so HR sees the repeat, and it changes nothing.</summary>
public sealed record HrEventRepeated(string StaffId, string HrEventId);
/// <summary>Accepted and recorded, but it changes nothing (e.g. a LeavingCancelled after the person has left).</summary>
public sealed record HrEventIgnored(string StaffId, string HrEventId, string Why);
