using AccountGov.Custody.Api.Accounts;
using AccountGov.ServiceDefaults.Time;

namespace AccountGov.Custody.Api.Credentials.Obligations;

/// <summary>
/// IG31 §8.1: the credentials belong to the organisation, so an account's first credential is deposited within a set
/// number of business days of registration ("Custody:Credentials:DepositBusinessDays", 5 by default). Pure: on a
/// business day, the custodians are reminded on the due day and Business Development is told once it is overdue,
/// each once per due date, so a second tick or replica decides nothing new.
/// </summary>
public static class DepositDeadline
{
    public const int DefaultBusinessDays = 5;

    public static DateOnly DueOn(DateOnly registeredOn, int businessDays, BusinessCalendar calendar) =>
        calendar.AddBusinessDays(registeredOn, businessDays);

    /// <summary>Owes a deposit: no credential stored yet, and not decommissioned (a suspended account still owes one).</summary>
    public static bool Owed(Account account) => account.Credential is null && account.Status != AccountStatus.Decommissioned;

    public static bool Overdue(DateOnly dueOn, DateOnly today) => today > dueOn;

    public static IReadOnlyList<object> Decide(
        Account account, CredentialObligations? state, DateOnly dueOn, DateOnly today, DateTimeOffset now, BusinessCalendar calendar)
    {
        if (!Owed(account) || account.Status != AccountStatus.Active || !calendar.IsBusinessDay(today) || today < dueOn) return [];
        var custodians = account.Custodians.Where(c => c.Status == CustodianStatus.Active).Select(c => c.UserId).ToArray();
        var events = new List<object>();
        if (state?.RemindedFor != dueOn) events.Add(new CredentialDepositReminded(account.Id, dueOn, custodians, now));
        if (Overdue(dueOn, today) && state?.EscalatedFor != dueOn)
            events.Add(new CredentialDepositEscalated(account.Id, dueOn, custodians, account.Sponsor.UserId, now));
        return events;
    }
}
