using AccountGov.Custody.Api.Accounts;
using AccountGov.ServiceDefaults.Time;

namespace AccountGov.Custody.Api.Reviews.Deadlines;

/// <summary>
/// Pure deadline rules, on business days only, like approval stages: an open review is reminded once, to its Active
/// custodians and the sponsor, when it is due within <c>reminderBusinessDays</c>; one still open after its due day
/// is escalated once to Business Development and the sponsor. Each is recorded with its day, so a second tick or a
/// second replica that day decides nothing. A review of a decommissioned (or vanished) account is closed instead.
/// </summary>
public static class ReviewDeadlines
{
    public static IReadOnlyList<object> Decide(
        Review r, Account? account, DateOnly today, DateTimeOffset now, BusinessCalendar calendar, int reminderBusinessDays)
    {
        if (!r.IsOpen) return [];
        if (account is null or { Status: AccountStatus.Decommissioned }) return [new ReviewClosed(r.Id, r.AccountId, now)];
        if (!calendar.IsBusinessDay(today)) return [];
        var events = new List<object>();
        if (r.RemindedOn is null && calendar.BusinessDaysBetween(today, r.DueOn) <= reminderBusinessDays)
            events.Add(new ReviewReminded(r.Id, r.AccountId, r.Kind, r.DueOn, Reviewers(account), today, now));
        if (r.EscalatedOn is null && today > r.DueOn)
            events.Add(new ReviewEscalated(r.Id, r.AccountId, r.Kind, r.DueOn, account.Sponsor.UserId, today, now));
        return events;
    }

    /// <summary>The latest due date that could need action today: anything due later is not looked at.</summary>
    public static DateOnly Horizon(DateOnly today, BusinessCalendar calendar, int reminderBusinessDays) =>
        calendar.AddBusinessDays(today, reminderBusinessDays);

    private static IReadOnlyList<string> Reviewers(Account account) =>
        [.. account.Custodians.Where(c => c.Status == CustodianStatus.Active).Select(c => c.UserId), account.Sponsor.UserId];
}
