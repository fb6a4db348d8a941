using AccountGov.AccountRequests.Contracts;
using AccountGov.Approvals.Contracts;
using AccountGov.Notifications.Api.People;

namespace AccountGov.Notifications.Api.Notices;

/// <summary>
/// A request's journey through Approvals, as email: who owes the next step, and the outcome for the requester.
/// Pure. Names the account by its public identity and links to the case page; never quotes what the requester
/// wrote. A decision's reason is the decider's own words, so it is quoted.
/// </summary>
public static class CaseNotices
{
    public static Decision Submitted(RequestSubmitted m, RequestContacts r, Links links) => Decision.Tell(
        new Notice(To.Person(m.Sponsor.UserId), $"Please endorse: {Subject(r)}",
            $"{m.Requester.Name} has asked for {r.AccountName} and named you as its sponsor.\n\n" +
            $"Please read the business case, then endorse it or decline it:\n{links.Case(m.RequestId)}",
            Opens: new Waiting(Topics.Case(m.RequestId), $"Endorse {r.AccountName}: {links.Case(m.RequestId)}")));

    /// <summary>A stage's clock started. The first endorsement was asked for on submission, so it is not asked twice.</summary>
    public static Decision Started(Guid requestId, StageName stage, DateOnly dueBy, bool afterRevision, RequestContacts r, Links links)
    {
        var owner = OwnerOf(stage, r);
        var waiting = new Waiting(Topics.Case(requestId), $"{Action(stage)} {r.AccountName}, due by {Day(dueBy)}: {links.Case(requestId)}");
        if (stage == StageName.SponsorEndorsement && !afterRevision)
            return Decision.Nothing.AndClose(Topics.Case(requestId)).AndAwait(owner, waiting);
        var (subject, lead) = stage switch
        {
            StageName.SponsorEndorsement => ($"Please endorse again: {Subject(r)}", $"The request for {r.AccountName} was revised, and it waits for your endorsement again."),
            StageName.DpiaReview => ($"DPIA ready for review: {Subject(r)}", $"The sponsor has endorsed the request for {r.AccountName} and its full DPIA is attached. It waits for Information Governance's review."),
            _ => ($"Ready for decision: {Subject(r)}", $"The request for {r.AccountName} has passed its endorsement and reviews. It waits for Business Development's decision."),
        };
        return Decision.Tell(new Notice(owner, subject,
                $"{lead}\n\nDue by {Day(dueBy)}. Open the case:\n{links.Case(requestId)}", Opens: waiting))
            .AndClose(Topics.Case(requestId));
    }

    public static Decision Reminder(StageReminderDue m, RequestContacts r, Links links) => Decision.Tell(
        new Notice(OwnerOf(m.Stage, r), $"Due today: {Subject(r)}",
            $"{Action(m.Stage)} {r.AccountName} is due today, {Day(m.DueBy)}.\n\nOpen the case:\n{links.Case(m.RequestId)}"));

    public static Decision Escalated(CaseEscalated m, RequestContacts r, Links links)
    {
        var body = $"{Action(m.Stage)} {r.AccountName} was due by {Day(m.DueBy)} and is overdue. " +
                   "Business Development has been told.\n\nOpen the case:\n" + links.Case(m.RequestId);
        var subject = $"Overdue: {Subject(r)}";
        return Decision.Tell(
            new Notice(OwnerOf(m.Stage, r), subject, body, Urgent: true),
            new Notice(To.Team(To.BusinessDevelopment), subject, body, Urgent: true,
                new Waiting(Topics.Case(m.RequestId) + ":escalated", $"Overdue since {Day(m.DueBy)}: {r.AccountName}: {links.Case(m.RequestId)}")));
    }

    public static Decision Approved(AccountRequestApproved m, RequestContacts r, Links links)
    {
        var conditions = m.Conditions.Count == 0 ? "" : "\n\nConditions:\n" + string.Join("\n", m.Conditions.Select(c => $"- {c}"));
        var comment = string.IsNullOrWhiteSpace(m.Comment) ? "" : $"\n\nBusiness Development's comment: {m.Comment}";
        return Decision.Tell(new Notice(To.Person(r.Requester.UserId), $"Approved: {Subject(r)}",
                $"Business Development approved your request for {r.AccountName}.{conditions}{comment}\n\n" +
                $"The custodians will be asked to store its credential in AccountGov. The case:\n{links.Case(m.RequestId)}"))
            .AndClose(Topics.Case(m.RequestId), Topics.Case(m.RequestId) + ":escalated");
    }

    public static Decision Rejected(AccountRequestRejected m, RequestContacts r, Links links) => Decision.Tell(
            new Notice(To.Person(r.Requester.UserId), $"Rejected: {Subject(r)}",
                $"Your request for {r.AccountName} was rejected at the {Stage(m.Stage)} stage.\n\nThe reason given: {m.Reason}\n\n" +
                $"The case:\n{links.Case(m.RequestId)}"))
        .AndClose(Topics.Case(m.RequestId), Topics.Case(m.RequestId) + ":escalated");

    public static Decision ChangesRequested(ChangesRequested m, RequestContacts r, Links links) => Decision.Tell(
            new Notice(To.Person(r.Requester.UserId), $"Changes requested: {Subject(r)}",
                $"Business Development asked for changes to your request for {r.AccountName}.\n\nWhat they asked: {m.Comment}\n\n" +
                $"Revise and resubmit it from the case page:\n{links.Case(m.RequestId)}",
                Opens: new Waiting(Topics.Case(m.RequestId), $"Revise your request for {r.AccountName}: {links.Case(m.RequestId)}")))
        .AndClose(Topics.Case(m.RequestId), Topics.Case(m.RequestId) + ":escalated");

    /// <summary>
    /// The new sponsor is asked to endorse (IG31 §5); the previous sponsor's waiting item closes with the topic, so
    /// their digest no longer lists it. <paramref name="r"/> already names the new sponsor.
    /// </summary>
    public static Decision SponsorReplaced(SponsorReplaced m, RequestContacts r, Links links)
    {
        var due = m.DueBy is { } d ? $", due by {Day(d)}" : "";
        var waiting = new Waiting(Topics.Case(m.RequestId), $"Endorse {r.AccountName}{due}: {links.Case(m.RequestId)}");
        return Decision.Tell(new Notice(To.Person(m.Sponsor.UserId), $"Please endorse: {Subject(r)}",
                $"You are now the sponsor named on the request for {r.AccountName}, in place of the sponsor first named.\n\n" +
                $"Please read the business case, then endorse it or decline it{due}:\n{links.Case(m.RequestId)}", Opens: waiting))
            .AndClose(Topics.Case(m.RequestId));
    }

    public static Decision DpiaChangesRequested(DpiaChangesRequested m, RequestContacts r, Links links) => Decision.Tell(
            new Notice(To.Person(r.Requester.UserId), $"DPIA changes requested: {Subject(r)}",
                $"Information Governance asked you to amend the DPIA for {r.AccountName}.\n\nWhat they asked: {m.Comment}\n\n" +
                $"Attach the amended DPIA from your request; the review carries on when it is attached:\n{links.Case(m.RequestId)}",
                Opens: new Waiting(Topics.Case(m.RequestId), $"Amend the DPIA for {r.AccountName}: {links.Case(m.RequestId)}")))
        .AndClose(Topics.Case(m.RequestId), Topics.Case(m.RequestId) + ":escalated");

    public static To OwnerOf(StageName stage, RequestContacts r) => stage switch
    {
        StageName.SponsorEndorsement => To.Person(r.Sponsor.UserId),
        StageName.DpiaReview => To.Team(To.InformationGovernance),
        _ => To.Team(To.BusinessDevelopment),
    };

    private static string Action(StageName stage) => stage switch
    {
        StageName.SponsorEndorsement => "Endorse",
        StageName.DpiaReview => "Review the DPIA of",
        _ => "Decide on",
    };

    private static string Stage(string stage) => stage switch
    {
        nameof(StageName.SponsorEndorsement) => "sponsor's endorsement",
        nameof(StageName.DpiaReview) => "DPIA review",
        _ => "Business Development decision",
    };

    private static string Subject(RequestContacts r) => $"{r.Platform} account {r.Handle}";

    public static string Day(DateOnly day) => day.ToString("d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture);
}
