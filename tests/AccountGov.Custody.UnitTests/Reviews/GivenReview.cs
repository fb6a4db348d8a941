using AccountGov.Approvals.Contracts;
using AccountGov.Custody.Api;
using AccountGov.Custody.Api.Accounts;
using AccountGov.Custody.Api.Reviews;
using AccountGov.Custody.Api.Reviews.Completing;
using AccountGov.Custody.Api.Reviews.Scheduling;
using AccountGov.Custody.UnitTests.Accounts;
using AccountGov.EventSourcing.Writing;

namespace AccountGov.Custody.UnitTests.Reviews;

/// <summary>Reviews as the schedule starts them, on an account registered from the personas' approval.</summary>
public static class GivenReview
{
    public static readonly DateOnly Today = DateOnly.FromDateTime(Approved.Now.UtcDateTime);

    public static (Account Account, IReadOnlyList<Review> Reviews) Scheduled(AccountRequestApproved? approved = null)
    {
        var account = Given.Registered();
        var plans = ReviewSchedule.Initial(account.Id, approved ?? Approved.Of(account.RequestId), Today, Approved.Now);
        return (account, plans.Select(p => Evolving.Replay<Review>(null, p.Events)!).ToArray());
    }

    public static Review AccountReview(Account account) =>
        Review.Start(ReviewSchedule.Initial(account.Id, Approved.Of(account.RequestId), Today, Approved.Now)[0].Events[0]);

    public static Review ConfirmedBy(this Review review, params string[] userIds) =>
        review.Fold(userIds.Select(u => new ReviewCustodianConfirmed(review.Id, review.AccountId, u, Approved.Now)));

    public static ReviewAnswers AllYes(ReviewOutcome outcome = ReviewOutcome.Confirmed, params string[] tasks) =>
        new(outcome, true, true, true, "Ten posts read; nothing off-policy.", null, null, tasks);
}
