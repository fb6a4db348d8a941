using AccountGov.Custody.Api.Hr;
using AccountGov.EventSourcing.Writing;

namespace AccountGov.Custody.UnitTests.Hr;

/// <summary>Builders for HR facts and staff states; dates in late 2026, around Monday 23 November.</summary>
internal static class Hr
{
    public static readonly DateOnly Today = new(2026, 11, 23);

    public static DateOnly Day(string iso) => DateOnly.Parse(iso);

    public static HrFact Leave(string id, string from, string? to = null, LeaveType type = LeaveType.Annual, string staff = "carl") =>
        new(id, HrEventType.LeaveBooked, staff, type, Day(from), to is null ? null : Day(to));

    public static HrFact CancelLeave(string id, string? from = null, string staff = "carl") =>
        new(id, HrEventType.LeaveCancelled, staff, From: from is null ? null : Day(from));

    public static HrFact Returned(string id, string backOn, string staff = "carl") =>
        new(id, HrEventType.Returned, staff, From: Day(backOn));

    public static HrFact Leaving(string id, string lastWorkingDay, string staff = "carl") =>
        new(id, HrEventType.Leaving, staff, LastWorkingDay: Day(lastWorkingDay));

    public static HrFact CancelLeaving(string id, string staff = "carl") => new(id, HrEventType.LeavingCancelled, staff);

    /// <summary>Feeds facts in order (and optionally clock ticks on given days) and returns the final state.</summary>
    public static StaffMember After(DateOnly today, params HrFact[] facts)
    {
        StaffMember? state = null;
        foreach (var fact in facts)
            state = Fold(state, StaffDecider.Decide(state, fact, today));
        return state!;
    }

    public static StaffMember Fold(StaffMember? state, IEnumerable<object> events) => Evolving.Replay(state, events)!;

    public static StaffMember TickOn(StaffMember state, DateOnly day) => Fold(state, StaffDecider.Tick(state, day));
}
