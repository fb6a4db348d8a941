using AccountGov.ServiceDefaults.Time;
using AccountGov.Custody.Contracts;
using AccountGov.Notifications.Api.People;

namespace AccountGov.Notifications.Api.Notices;

/// <summary>
/// Custody's facts as email: custodians asked to store the credential, handovers to the receiver and the giver,
/// escalations and custody gaps to Business Development and the sponsor, break-glass to the other BD officers.
/// Pure. Never says why someone is away: only that custody moves.
/// </summary>
public static class CustodyNotices
{
    private static readonly To Bd = To.Team(To.BusinessDevelopment);

    public static Decision Registered(AccountRegistered m, AccountContacts a, Links links) => Decision.Tell(m.Custodians
        .Select(c => new Notice(To.Person(c.UserId), $"Store the credential: {Subject(a)}",
            $"{Cap(a.AccountName)} was approved and registered, with you as its {c.Role.ToString().ToLowerInvariant()} custodian.\n\n" +
            $"Next step: store the account's credential in AccountGov (never by email):\n{links.Account(m.AccountId)}",
            Opens: new Waiting(Topics.Credential(m.AccountId), $"Store the credential of {a.AccountName}: {links.Account(m.AccountId)}")))
        .ToArray());

    public static Decision Started(HandoverStarted m, AccountContacts a, Links links)
    {
        var kind = m.Kind == HandoverKind.Permanent ? "permanent" : "temporary";
        var notices = new List<Notice>();
        if (m.ToUserId is { } to) notices.Add(ToReceiver(to, m.HandoverId, a, m.DueBy, links,
            $"Handover to you: {Subject(a)}", $"Custody of {a.AccountName} is passing to you ({kind} handover)."));
        notices.Add(new Notice(To.Person(m.FromUserId), $"Handing over: {Subject(a)}",
            $"A {kind} handover of {a.AccountName} away from you has started. " +
            (m.ToUserId is null ? "Business Development will name who receives it." : "Another custodian receives it.") +
            $"\n\nDue by {CaseNotices.Day(m.DueBy)}. The handover:\n{links.Handover(m.HandoverId)}"));
        return Decision.Tell([.. notices]);
    }

    public static Decision Assigned(HandoverAssigned m, AccountContacts a, HandoverParties? parties, Links links)
    {
        var notices = new List<Notice> { ToReceiver(m.ToUserId, m.HandoverId, a, m.DueBy, links,
            $"Handover assigned to you: {Subject(a)}", $"Business Development named you to receive custody of {a.AccountName}.") };
        if (parties is not null) notices.Add(ToGiver(parties.FromUserId, m.HandoverId, a, links, "Business Development named who receives it."));
        return Decision.Tell([.. notices]).AndClose(Topics.Handover(m.HandoverId));
    }

    public static Decision ReceiverReplaced(HandoverReceiverReplaced m, AccountContacts a, HandoverParties? parties, DateOnly? dueBy, Links links)
    {
        var notices = new List<Notice>();
        if (m.ToUserId is { } to) notices.Add(ToReceiver(to, m.HandoverId, a, dueBy, links,
            $"Handover to you: {Subject(a)}", $"Custody of {a.AccountName} is now passing to you: its first receiver is unavailable."));
        notices.Add(new Notice(To.Person(m.PreviousUserId), $"No longer yours to receive: {Subject(a)}",
            $"You no longer receive custody of {a.AccountName}; nothing more is needed from you for this handover.\n\n{links.Handover(m.HandoverId)}"));
        if (parties is not null) notices.Add(ToGiver(parties.FromUserId, m.HandoverId, a, links,
            m.ToUserId is null ? "Its receiver is unavailable, and Business Development will name another." : "Its receiver changed."));
        return Decision.Tell([.. notices]).AndClose(Topics.Handover(m.HandoverId));
    }

    public static Decision Reminder(HandoverReminderDue m, AccountContacts a, Links links) => m.ToUserId is not { } to
        ? Decision.Nothing
        : Decision.Tell(new Notice(To.Person(to), $"Handover due soon: {Subject(a)}",
            $"The handover of {a.AccountName} to you is due by {CaseNotices.Day(m.DueBy)}. Please complete it:\n{links.Handover(m.HandoverId)}"));

    public static Decision Escalated(HandoverEscalated m, AccountContacts a, HandoverParties? parties, Links links)
    {
        var why = m.Reason == "NoEligibleReceiver" ? "no custodian is available to receive it" : "it is overdue";
        var subject = $"Handover escalated: {Subject(a)}";
        var body = $"The handover of {a.AccountName} was escalated to Business Development: {why}.\n\nThe handover:\n{links.Handover(m.HandoverId)}";
        var notices = new List<Notice> { new(Bd, subject, body, Urgent: true,
            new Waiting(Topics.Handover(m.HandoverId) + ":escalated", $"Escalated handover of {a.AccountName}: {links.Handover(m.HandoverId)}")) };
        if (parties?.ToUserId is { } to) notices.Add(new Notice(To.Person(to), subject, body, Urgent: true));
        if (parties is not null) notices.Add(new Notice(To.Person(parties.FromUserId), subject, body, Urgent: true));
        if (m.SponsorUserId is { } sponsor) notices.Add(new Notice(To.Person(sponsor), subject, body, Urgent: true));
        return Decision.Tell([.. notices]);
    }

    public static Decision Closed(Guid handoverId) =>
        Decision.Nothing.AndClose(Topics.Handover(handoverId), Topics.Handover(handoverId) + ":escalated");

    public static Decision GapDetected(CustodyGapDetected m, AccountContacts a, string? sponsorUserId, Links links)
    {
        var subject = $"Custody gap: {Subject(a)}";
        var body = $"{Cap(a.AccountName)} has no active custodian. {m.Reason}\n\nBusiness Development must name a custodian:\n{links.Account(m.AccountId)}";
        var waiting = new Waiting(Topics.Gap(m.AccountId), $"Custody gap on {a.AccountName}: {links.Account(m.AccountId)}");
        var notices = new List<Notice> { new(Bd, subject, body, Urgent: true, waiting) };
        if (sponsorUserId is { } sponsor) notices.Add(new Notice(To.Person(sponsor), subject, body, Urgent: true, waiting));
        return Decision.Tell([.. notices]);
    }

    /// <summary>Not urgent: there is time to act, so it waits for working hours like any other email.</summary>
    public static Decision GapAnticipated(CustodyGapAnticipated m, AccountContacts a, string? sponsorUserId, Links links)
    {
        var subject = $"Custody gap ahead: {Subject(a)}";
        var body = $"From {CaseNotices.Day(m.OpensOn)}, {a.AccountName} will have no active custodian, as booked leave and " +
                   $"departures stand. Business Development should name another custodian before then:\n{links.Account(m.AccountId)}";
        var notices = new List<Notice> { new(Bd, subject, body) };
        if (sponsorUserId is { } sponsor) notices.Add(new Notice(To.Person(sponsor), subject, body));
        return Decision.Tell([.. notices]);
    }

    public static Decision GapClosed(CustodyGapClosed m, AccountContacts a, string? sponsorUserId, Links links)
    {
        var subject = $"Custody gap closed: {Subject(a)}";
        var body = $"{Cap(a.AccountName)} has an active custodian again.\n\n{links.Account(m.AccountId)}";
        var notices = new List<Notice> { new(Bd, subject, body, Urgent: true) };
        if (sponsorUserId is { } sponsor) notices.Add(new Notice(To.Person(sponsor), subject, body, Urgent: true));
        return Decision.Tell([.. notices]).AndClose(Topics.Gap(m.AccountId));
    }

    public static Decision BreakGlassRequested(BreakGlassRequested m, AccountContacts a, IReadOnlyList<string> bdOfficers, Links links) =>
        Decision.Tell(bdOfficers.Where(o => o != m.OpenedBy).Select(o => new Notice(To.Person(o),
            $"Break-glass approval needed: {Subject(a)}",
            $"A Business Development officer asked for emergency access to {a.AccountName}. A second officer must approve it " +
            $"by {UkTime.Show(m.ApproveBy)}, or it lapses. Read the request and decide:\n{links.Account(m.AccountId)}",
            Urgent: true, new Waiting(Topics.BreakGlass(m.BreakGlassId), $"Break-glass request on {a.AccountName}: {links.Account(m.AccountId)}")))
            .ToArray());

    private static Notice ToReceiver(string to, Guid handoverId, AccountContacts a, DateOnly? dueBy, Links links, string subject, string lead)
    {
        var due = dueBy is { } d ? $"Complete the handover by {CaseNotices.Day(d)}" : "Complete the handover";
        return new Notice(To.Person(to), subject,
            $"{lead}\n\n{due}: take over the credential (rotate it for a permanent handover) and record it here:\n{links.Handover(handoverId)}",
            Opens: new Waiting(Topics.Handover(handoverId), $"Complete the handover of {a.AccountName}: {links.Handover(handoverId)}"));
    }

    private static Notice ToGiver(string from, Guid handoverId, AccountContacts a, Links links, string what) =>
        new(To.Person(from), $"Handover update: {Subject(a)}", $"The handover of {a.AccountName} away from you changed: {what}\n\n{links.Handover(handoverId)}");

    private static string Subject(AccountContacts a) => $"{a.Platform} account {a.Handle}";

    private static string Cap(string s) => char.ToUpperInvariant(s[0]) + s[1..];
}
