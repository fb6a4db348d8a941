using AccountGov.Custody.Api.Accounts;
using AccountGov.Custody.Api.Hr;

namespace AccountGov.Custody.Api.Handovers;

/// <summary>Who receives a handover, and a new receiver when the one chosen can no longer hold it.</summary>
public static partial class HandoverPlanner
{
    /// <summary>
    /// The receiver of an Open handover is no longer available over its span (leave booked or begun, leaving,
    /// gone): custody goes to another eligible custodian, or, with none, the handover is escalated at once.
    /// <paramref name="colleagues"/> must hold the receiver's current state.
    /// </summary>
    public static IReadOnlyList<object> Replan(
        Handover handover, CustodyAccount account, IReadOnlyDictionary<string, Hr.StaffMember> colleagues, DateOnly today, DateTimeOffset now)
    {
        if (handover.Status != HandoverStatus.Open || handover.ToUserId is not { } receiver) return [];
        if (!colleagues.TryGetValue(receiver, out var state) || IsAvailable(state, Max(today, handover.StartsOn), handover.EndsOn)) return [];
        var span = new HandoverOpened(handover.Id, handover.AccountId, handover.FromUserId, null, handover.Kind, handover.Reason,
            handover.CauseEventId, handover.StartsOn, handover.DueBy, handover.OpenedAt) { EndsOn = handover.EndsOn };
        var next = ChooseReceiver(account, handover.FromUserId, span, colleagues, today);
        var replaced = new HandoverReceiverReplaced(handover.Id, handover.AccountId, receiver, next, now);
        return next is null
            ? [replaced, new HandoverEscalated(handover.Id, handover.AccountId, EscalationReason.NoEligibleReceiver, account.SponsorUserId, now)]
            : [replaced];
    }

    /// <summary>
    /// An active custodian (deputy first) who is neither away at the handover's start nor leaving before its end: a
    /// leaver working their notice may cover a leave that ends by their last working day, never a permanent handover.
    /// </summary>
    public static string? ChooseReceiver(
        CustodyAccount account, string fromUserId, HandoverOpened handover, IReadOnlyDictionary<string, Hr.StaffMember> colleagues, DateOnly today)
    {
        var from = Max(today, handover.StartsOn);
        return account.Custodians
            .Where(c => c.UserId != fromUserId && c.Status == StaffStatus.Active)
            .Where(c => !colleagues.TryGetValue(c.UserId, out var s) || IsAvailable(s, from, handover.EndsOn))
            .OrderBy(c => c.Role == CustodianRole.Deputy ? 0 : 1).ThenBy(c => c.UserId, StringComparer.Ordinal)
            .Select(c => c.UserId)
            .FirstOrDefault();
    }

    public static bool IsAvailable(Hr.StaffMember s, DateOnly from, DateOnly? until) => s.CanHoldCustody(from, until);
}
