using AccountGov.Approvals.Contracts;
using AccountGov.Custody.Api;
using AccountGov.Custody.Api.Reviews;
using AccountGov.Custody.Api.Reviews.Scheduling;
using AccountGov.Custody.UnitTests.Accounts;
using static AccountGov.Custody.UnitTests.Reviews.GivenReview;

namespace AccountGov.Custody.UnitTests.Reviews;

public class ReviewScheduleTests
{
    [Fact]
    public void GivenAnApprovalBeforeReviewTerms_WhenScheduled_ThenOnlyTheAccountReviewIsDueInTwelveMonths()
    {
        var (account, reviews) = Scheduled();

        var review = Assert.Single(reviews);
        Assert.Equal((ReviewKind.Account, Today.AddMonths(12), 1), (review.Kind, review.DueOn, review.Sequence));
        Assert.Equal(StreamIds.ForReview(account.Id, "account", 1), review.Id);
    }

    [Fact]
    public void GivenAnImGroupWithDatedConditions_WhenScheduled_ThenMembershipAndEachConditionHaveTheirOwnReview()
    {
        var approved = Approved.Of(Guid.NewGuid()) with
        {
            Platform = "WhatsApp", ReviewIntervalMonths = 6, MembershipReviewCadence = "Fortnightly",
            DatedConditions = [new ApprovedCondition("Disclaimer in the group description", Today.AddDays(30))],
        };

        var (_, reviews) = Scheduled(approved);

        Assert.Equal(
            [(ReviewKind.Account, Today.AddMonths(6), (string?)null), (ReviewKind.Membership, Today.AddDays(14), null),
             (ReviewKind.Condition, Today.AddDays(30), "Disclaimer in the group description")],
            reviews.Select(r => (r.Kind, r.DueOn, r.Condition)));
    }

    [Theory]
    [InlineData("Weekly", 0, 7)]
    [InlineData("Monthly", 1, 0)]
    [InlineData("Quarterly", 3, 0)]
    public void GivenACadence_WhenRead_ThenItIsThatInterval(string cadence, int months, int days) =>
        Assert.Equal(new ReviewInterval(months, days), ReviewSchedule.Cadence(cadence));

    [Fact]
    public void GivenAConfirmedRecurringReview_WhenTheNextIsPlanned_ThenItIsTheNextInTheSeriesCountedFromToday()
    {
        var (_, reviews) = Scheduled();
        var done = reviews[0];

        var next = ReviewSchedule.Next(done, Today.AddDays(3), Approved.Now)!;

        var scheduled = Assert.IsType<ReviewScheduled>(Assert.Single(next.Events));
        Assert.Equal((2, Today.AddDays(3).AddMonths(12), 0L), (scheduled.Sequence, scheduled.DueOn, next.ExpectedVersion));
        Assert.Equal(StreamIds.ForReview(done.AccountId, "account", 2), next.StreamId);
    }
}
