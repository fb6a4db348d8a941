using Contracts = AccountGov.Custody.Contracts;

namespace AccountGov.Custody.Api.Hr.Rejecting;

/// <summary>Refused HR events as lines of the person's HR view (outcome Rejected, with the field errors).</summary>
public static class RejectionLines
{
    public static Contracts.StaffHrEvent ToLine(this HrEventRejection r) => new(
        r.EventId ?? "", r.Type?.ToString() ?? "", r.ReceivedAt, r.LeaveType?.ToString(), r.From, r.To, r.LastWorkingDay, null,
        Contracts.HrEventOutcome.Rejected, Why(r), null, null, null, [], r.Errors);

    private static string Why(HrEventRejection r) => r.Row is { } row
        ? $"row {row} of an HR file was rejected; nothing in it was applied: fix it and send it again"
        : "refused on arrival (400); nothing in it was applied: fix it and send it again";
}
