using AccountGov.ServiceDefaults.Time;

namespace AccountGov.Custody.Api.Handovers.Deadlines;

/// <summary>
/// Pure deadline rules: an open handover due within two business days is reminded once; an unfinished one past
/// its due date is escalated once to Business Development and the sponsor.
/// </summary>
public static class HandoverDeadlines
{
    public const int ReminderBusinessDays = 2;

    public static IReadOnlyList<object> Decide(Handover h, string? sponsorUserId, DateOnly today, DateTimeOffset now, BusinessCalendar calendar)
    {
        if (h.Status is HandoverStatus.Completed or HandoverStatus.Reverted) return [];
        if (h.DueBy < today)
            return h.OverdueEscalated ? [] : [new HandoverEscalated(h.Id, h.AccountId, EscalationReason.Overdue, sponsorUserId, now)];
        if (h is { Status: HandoverStatus.Open, RemindedAt: null, ToUserId: not null }
            && calendar.BusinessDaysBetween(today, h.DueBy) <= ReminderBusinessDays)
            return [new HandoverReminded(h.Id, h.AccountId, h.ToUserId, h.DueBy, now)];
        return [];
    }

    /// <summary>The latest due date that could need action today: anything due later is not looked at.</summary>
    public static DateOnly Horizon(DateOnly today, BusinessCalendar calendar) => calendar.AddBusinessDays(today, ReminderBusinessDays);
}
