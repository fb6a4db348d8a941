using AccountGov.ServiceDefaults.Errors;
using StaffMember = AccountGov.Custody.Api.Hr.StaffMember;
using StaffStatus = AccountGov.Custody.Api.Hr.StaffStatus;

namespace AccountGov.Custody.Api.Handovers.Assigning;

/// <summary>BD named the receiver of an escalated handover. Reopens it with a fresh due date and deadlines.</summary>
public sealed record HandoverAssigned(Guid HandoverId, Guid AccountId, string ToUserId, DateOnly DueBy, string AssignedBy, DateTimeOffset At);

/// <summary>
/// An Escalated handover (no one qualified) goes forward when Business Development names a receiver. The same
/// eligibility as the planner's own choice applies (IG31 §8.1: custody moves to someone who can hold it): an
/// Active custodian of the account, not the giver, and neither away nor leaving over the handover's span.
/// </summary>
public static class AssignHandover
{
    /// <summary>
    /// Pure. <paramref name="receiver"/>: the named person as a custodian of the account (null: not one).
    /// <paramref name="receiverStaff"/>: what HR has told us of them (null: nothing, so available).
    /// </summary>
    public static IReadOnlyList<object> Decide(
        Handover handover, string toUserId, CustodianView? receiver, StaffMember? receiverStaff, DateOnly dueBy,
        string assignedBy, DateOnly today, DateTimeOffset now)
    {
        if (handover.Status != HandoverStatus.Escalated)
            throw new RuleViolation($"Only an Escalated handover can be assigned; this one is {handover.Status}.");
        if (toUserId == handover.FromUserId) throw new RuleViolation("The person handing over cannot also receive custody.");
        if (receiver is null)
            throw new RuleViolation("The receiver is not a custodian of this account: add them as a custodian first, then assign.");
        var from = today > handover.StartsOn ? today : handover.StartsOn;
        if (receiver.Status != StaffStatus.Active || (receiverStaff is not null && !HandoverPlanner.IsAvailable(receiverStaff, from, handover.EndsOn)))
            throw new RuleViolation("The receiver must be an Active custodian who is not on leave, leaving or gone.");
        return [new HandoverAssigned(handover.Id, handover.AccountId, toUserId, dueBy, assignedBy, now)];
    }
}
