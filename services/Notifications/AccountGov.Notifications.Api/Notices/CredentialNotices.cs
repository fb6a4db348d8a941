using AccountGov.Custody.Contracts;
using AccountGov.Notifications.Api.People;

namespace AccountGov.Notifications.Api.Notices;

/// <summary>
/// What an account's credential still owes, as email (IG31 §8.1: the credentials belong to the organisation): a first
/// deposit due (the custodians) or overdue (Business Development, urgent, the custodians copied), and a password that
/// must change (the custodians). Pure. Never says who knew the password, only why it must change.
/// </summary>
public static class CredentialNotices
{
    public static Decision DepositDue(CredentialDepositDue m, AccountContacts a, Links links) => Decision.Tell(m.CustodianUserIds
        .Select(c => new Notice(To.Person(c), $"Credential due today: {Subject(a)}",
            $"The credential of {a.AccountName} is due in AccountGov by {CaseNotices.Day(m.DueOn)} and none is stored yet. " +
            $"Store it on the account page (never by email):\n{links.Account(m.AccountId)}",
            Opens: new Waiting(Topics.Credential(m.AccountId), $"Store the credential of {a.AccountName}: {links.Account(m.AccountId)}")))
        .ToArray());

    public static Decision DepositOverdue(CredentialDepositEscalated m, AccountContacts a, Links links)
    {
        var subject = $"Credential overdue: {Subject(a)}";
        var body = $"No credential of {a.AccountName} was stored in AccountGov by {CaseNotices.Day(m.DueOn)}, although the " +
                   $"credentials belong to the organisation. Business Development should follow it up with its custodians:\n{links.Account(m.AccountId)}";
        var notices = new List<Notice> { new(To.Team(To.BusinessDevelopment), subject, body, Urgent: true,
            new Waiting(Topics.Credential(m.AccountId) + ":overdue", $"Credential overdue on {a.AccountName}: {links.Account(m.AccountId)}")) };
        notices.AddRange(m.CustodianUserIds.Select(c => new Notice(To.Person(c), subject, body, Urgent: true)));
        return Decision.Tell([.. notices]);
    }

    public static Decision RotationRequired(CredentialRotationRequired m, AccountContacts a, Links links) => Decision.Tell(m.CustodianUserIds
        .Select(c => new Notice(To.Person(c), $"Change the password: {Subject(a)}",
            $"The password of {a.AccountName} must change: {Why(m.Cause)}. Change it on the platform, then store the new " +
            $"credential on the account page:\n{links.Account(m.AccountId)}",
            Opens: new Waiting(Topics.Rotation(m.AccountId), $"Change the password of {a.AccountName}: {links.Account(m.AccountId)}")))
        .ToArray());

    private static string Why(RotationCause cause) => cause switch
    {
        RotationCause.CustodianRemoved => "a custodian was removed, and they may still know it",
        RotationCause.BreakGlassUsed => "it was revealed through break-glass emergency access",
        RotationCause.IntegrityFailed => "the stored credential failed its integrity check and cannot be trusted",
        _ => "it may be known outside its custodians",
    };

    private static string Subject(AccountContacts a) => $"{a.Platform} account {a.Handle}";
}
