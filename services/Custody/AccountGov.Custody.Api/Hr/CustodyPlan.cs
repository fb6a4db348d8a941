using AccountGov.Custody.Api.Accounts;
using AccountGov.Custody.Api.Handovers;
using AccountGov.Custody.Api.Hr;
using AccountGov.EventSourcing.Writing;
using AccountGov.ServiceDefaults.Time;
using StaffMember = AccountGov.Custody.Api.Hr.StaffMember;

namespace AccountGov.Custody.Api.Hr;

/// <summary>
/// Pure: what the person's new staff events mean for custody, as appends each checked against the version it
/// was decided on. Their own record first; then on every account they hold their custodian status, the handovers
/// away from them (opened or reverted), and the handovers they receive (a new receiver when they become unavailable).
/// The custody-gap record follows in the same commit (<c>CustodyGapRule</c>).
/// </summary>
public static class CustodyPlan
{
    public static IReadOnlyList<StreamAppend> For(
        CustodyContext context, IReadOnlyList<object> staffEvents, DateOnly today, DateTimeOffset now, BusinessCalendar calendar)
    {
        var appends = new List<StreamAppend>
        {
            new(StreamIds.ForStaff(context.StaffId), context.Staff?.Version ?? 0, staffEvents, typeof(StaffMember)),
        };
        if (Evolving.Replay(context.Staff, staffEvents) is not { } staff || context.Accounts.Count == 0) return appends;

        var views = context.Accounts.Select(CustodyAccounts.ToView).ToList();
        var plan = HandoverPlanner.Plan(staff, views, context.Giving, context.Colleagues, today, now, calendar);
        appends.AddRange(plan.Starts.Select(s => StreamAppend.Start<Handover>(s.HandoverId, s.Events)));
        appends.AddRange(plan.Appends.Select(a => new StreamAppend(a.HandoverId, context.Giving.Single(h => h.Id == a.HandoverId).Version, a.Events)));

        var withSelf = new Dictionary<string, StaffMember>(context.Colleagues) { [staff.StaffId] = staff };
        foreach (var handover in context.Receiving)
            if (views.FirstOrDefault(v => v.Id == handover.AccountId) is { } view)
                appends.Add(new StreamAppend(handover.Id, handover.Version, HandoverPlanner.Replan(handover, view, withSelf, today, now)));

        foreach (var account in context.Accounts)
            appends.Add(new StreamAppend(account.Id, account.Version, plan.StatusChanges.Where(c => c.AccountId == account.Id)
                .Select(c => (object)new CustodianStatusChanged(account.Id, c.UserId, c.Status.ToCustodianStatus(), "hr",
                    $"HR reported {c.Status}", now))
                .ToArray()));
        return appends;
    }
}
