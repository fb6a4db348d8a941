using AccountGov.Custody.Api.Accounts;
using AccountGov.Custody.Api.Accounts.Lifecycle;
using AccountGov.Custody.Api.Reviews.Scheduling;
using AccountGov.EventSourcing.Writing;
using AccountGov.ServiceDefaults.Auth;
using AccountGov.ServiceDefaults.Errors;

namespace AccountGov.Custody.Api.Reviews.Completing;

/// <summary>What the reviewer says: the outcome, the answers the review's kind asks for, findings and tasks.</summary>
public sealed record ReviewAnswers(
    ReviewOutcome Outcome, bool? StillNeeded, bool? DisclaimerDisplayed, bool? ContentChecked, string? Findings,
    bool? MembershipReviewed, bool? ConditionMet, IReadOnlyList<string> Tasks);

/// <summary>
/// Recording a review (IG31 §8.2, CO23 §3.4, MECCG139 §6). Pure. Done by a named custodian or the sponsor. Confirmed
/// needs every answer to be yes, every Active custodian's own confirmation and, for the account review, a credential
/// stored within the rotation period; it schedules the next review of the series. ChangesNeeded keeps the review
/// open with its tasks. Decommission, the sponsor's decision alone, suspends the account (when Active) and starts its decommissioning checklist.
/// </summary>
public static class CompleteReview
{
    public static IReadOnlyList<StreamAppend> Decide(
        Review review, Account account, CurrentUser user, ReviewAnswers answers, TimeSpan rotationPeriod, DateOnly today, DateTimeOffset now)
    {
        if (!review.IsOpen) throw new RuleViolation($"The review is {review.Status}; only a due review can be recorded.");
        if (account.Status == AccountStatus.Decommissioned) throw new RuleViolation("The account is decommissioned.");
        if (!IsReviewer(account, user.UserId))
            throw new AccessDenied("Only the account's custodians and its sponsor record its reviews.");
        // Closing an account the organisation authorised is the accountable manager's call (IG31 §8), not a custodian's:
        // a custodian who finds it no longer needed records changes needed, and the sponsor decides.
        if (answers.Outcome == ReviewOutcome.Decommission && account.Sponsor.UserId != user.UserId)
            throw new AccessDenied("Only the account's sponsor can decide it is no longer needed: record the changes needed instead.");

        var rotated = account.Credential is { } c && c.StoredAt >= now - rotationPeriod;
        var checks = new ReviewChecks(answers.StillNeeded, answers.DisclaimerDisplayed, answers.ContentChecked,
            answers.MembershipReviewed, answers.ConditionMet, rotated);
        if (answers.Outcome == ReviewOutcome.Confirmed) EnsureConfirmable(review, account, checks);
        if (answers.Outcome == ReviewOutcome.ChangesNeeded && answers.Tasks.Count == 0)
            throw new RuleViolation("Changes needed: name at least one task.");

        var completed = new ReviewCompleted(review.Id, review.AccountId, review.Kind, answers.Outcome, checks, answers.Findings,
            answers.Tasks, user.UserId, now);
        List<StreamAppend> appends = [new(review.Id, review.Version, [completed])];
        if (answers.Outcome == ReviewOutcome.Confirmed && ReviewSchedule.Next(review, today, now) is { } next) appends.Add(next);
        if (answers.Outcome == ReviewOutcome.Decommission) appends.Add(new(account.Id, account.Version, Decommissioning(account, user, now)));
        return appends;
    }

    /// <summary>The account's named custodians (not those who have left) and its sponsor.</summary>
    public static bool IsReviewer(Account account, string userId) =>
        account.Sponsor.UserId == userId || account.CustodianOf(userId) is { Status: not CustodianStatus.Left };

    /// <summary>Every Active custodian who has not yet confirmed they are still the right person.</summary>
    public static IReadOnlyList<string> Unconfirmed(Review review, Account account) =>
        account.Custodians.Where(c => c.Status == CustodianStatus.Active && !review.Confirmed.Contains(c.UserId)).Select(c => c.UserId).ToArray();

    private static void EnsureConfirmable(Review review, Account account, ReviewChecks checks)
    {
        switch (review.Kind)
        {
            case ReviewKind.Account:
                if (checks.StillNeeded != true) throw new RuleViolation("An account no longer needed cannot be confirmed: record Decommission.");
                if (checks.DisclaimerDisplayed != true) throw new RuleViolation("Confirmed needs the disclaimer displayed (IG31 §8.2).");
                if (checks.ContentChecked != true) throw new RuleViolation("Confirmed needs the content spot-checked (IG31 §8.2).");
                if (Unconfirmed(review, account).Count > 0)
                    throw new RuleViolation("Every active custodian must first confirm they are still the right person.");
                if (!checks.CredentialRotatedInPeriod)
                    throw new RuleViolation("The credential was not changed within the rotation period: store a new one first, or record that changes are needed.");
                break;
            case ReviewKind.Membership when checks.MembershipReviewed != true:
                throw new RuleViolation("Confirmed needs the group's membership reviewed (CO23 §3.4).");
            case ReviewKind.Condition when checks.ConditionMet != true:
                throw new RuleViolation("Confirmed needs the condition met.");
        }
    }

    private static IReadOnlyList<object> Decommissioning(Account account, CurrentUser user, DateTimeOffset now)
    {
        const string reason = "The account review found it is no longer needed.";
        if (account.Decommissioning is not null) return [];
        List<object> events = [];
        if (account.Status == AccountStatus.Active) events.Add(new AccountSuspended(account.Id, user.UserId, reason, now));
        events.Add(new DecommissioningStarted(account.Id, user.UserId, reason, now));
        return events;
    }
}
