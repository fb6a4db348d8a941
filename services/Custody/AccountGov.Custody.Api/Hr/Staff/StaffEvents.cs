namespace AccountGov.Custody.Api.Hr.Staff;

public enum StaffStatus { Active, OnLeave, Leaving, Left }

public enum LeaveType { Annual, Sickness, Other }

public enum LeaveEndReason { Returned, EndDate }

/// <summary>
/// The HR event types of api.md. An HR event names a staff member by HR's id only: no name, no reason for the
/// absence beyond its type (IG31 §8.1 needs to know that someone is away, not why).
/// </summary>
public enum HrEventType { LeaveBooked, LeaveCancelled, Returned, Leaving, LeavingCancelled }

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
/// <summary>An event that cannot apply yet (e.g. a Returned before its LeaveBooked); retried after every later event.</summary>
public sealed record HrEventHeld(string StaffId, HrFact Fact, string Why, string? Until = null);
public sealed record HeldHrEventReleased(string StaffId, string HrEventId);
/// <summary>HR's event as it arrived, first for each eventId in the stream: the person's HR view (GET /staff/{id}) reads it.</summary>
public sealed record HrEventReceived(string StaffId, HrFact Fact);
/// <summary>The same eventId arrived again: recorded so HR sees the repeat, and it changes nothing.</summary>
public sealed record HrEventRepeated(string StaffId, string HrEventId);
/// <summary>Accepted and recorded, but it changes nothing (e.g. a LeavingCancelled after the person has left).</summary>
public sealed record HrEventIgnored(string StaffId, string HrEventId, string Why);
