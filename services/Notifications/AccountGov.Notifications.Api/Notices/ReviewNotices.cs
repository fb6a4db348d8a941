using AccountGov.Custody.Contracts;
using AccountGov.Notifications.Api.People;

namespace AccountGov.Notifications.Api.Notices;

/// <summary>
/// Custody's reviews as email (IG31 §8.2, CO23 §3.4): a review coming due to the custodians and the sponsor, an
/// overdue one to Business Development and the sponsor, and a recorded one closing what waited. Pure.
/// </summary>
public static class ReviewNotices
{
    public static Decision Due(ReviewDue m, AccountContacts a, Links links)
    {
        var link = links.Review(m.AccountId, m.ReviewId);
        var waiting = new Waiting(Topics.Review(m.ReviewId), $"Review {a.AccountName} by {CaseNotices.Day(m.DueOn)}: {link}");
        return Decision.Tell(m.ToUserIds.Select(u => new Notice(To.Person(u), $"{What(m.Kind)} due: {Subject(a)}",
            $"The {What(m.Kind).ToLowerInvariant()} of {a.AccountName} is due by {CaseNotices.Day(m.DueOn)}. " +
            $"{Asks(m.Kind)}\n\nRecord it here:\n{link}", Opens: waiting)).ToArray());
    }

    public static Decision Overdue(ReviewEscalated m, AccountContacts a, string? sponsorUserId, Links links)
    {
        var link = links.Review(m.AccountId, m.ReviewId);
        var subject = $"{What(m.Kind)} overdue: {Subject(a)}";
        var body = $"The {What(m.Kind).ToLowerInvariant()} of {a.AccountName} was due by {CaseNotices.Day(m.DueOn)} and has not been " +
                   $"recorded. Business Development is told so that it is done or the account is suspended:\n{link}";
        var notices = new List<Notice> { new(To.Team(To.BusinessDevelopment), subject, body, Urgent: true,
            new Waiting(Topics.Review(m.ReviewId) + ":overdue", $"Overdue review of {a.AccountName}: {link}")) };
        if (sponsorUserId is { } sponsor) notices.Add(new Notice(To.Person(sponsor), subject, body, Urgent: true));
        return Decision.Tell([.. notices]);
    }

    /// <summary>ChangesNeeded keeps the review open: what waits on it stays in the digest until it is confirmed.</summary>
    public static Decision Completed(ReviewCompleted m) => m.Outcome == "ChangesNeeded"
        ? Decision.Nothing
        : Decision.Nothing.AndClose(Topics.Review(m.ReviewId), Topics.Review(m.ReviewId) + ":overdue");

    private static string What(ReviewKind kind) => kind switch
    {
        ReviewKind.Membership => "Membership review",
        ReviewKind.Condition => "Approval condition",
        _ => "Account review",
    };

    private static string Asks(ReviewKind kind) => kind switch
    {
        ReviewKind.Membership => "Check the group's members and remove anyone who should no longer be in it (CO23 §3.4).",
        ReviewKind.Condition => "Confirm that Business Development's condition is met.",
        _ => "Each custodian confirms they are still the right person; check the disclaimer is displayed, spot-check " +
             "the content (IG31 §8.2), and say whether the account is still needed.",
    };

    private static string Subject(AccountContacts a) => $"{a.Platform} account {a.Handle}";
}
