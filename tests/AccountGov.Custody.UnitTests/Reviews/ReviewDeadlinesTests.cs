using AccountGov.Custody.Api.Accounts;
using AccountGov.Custody.Api.Reviews;
using AccountGov.Custody.Api.Reviews.Deadlines;
using AccountGov.Custody.UnitTests.Accounts;
using AccountGov.ServiceDefaults.Time;
using static AccountGov.Custody.UnitTests.Reviews.GivenReview;

namespace AccountGov.Custody.UnitTests.Reviews;

public class ReviewDeadlinesTests
{
    private static readonly BusinessCalendar Calendar = BusinessCalendar.WeekdaysOnly;

    private static IReadOnlyList<object> On(Review review, Account account, DateOnly day) =>
        ReviewDeadlines.Decide(review, account, day, Approved.Now, Calendar, 5);

    [Fact]
    public void GivenAReviewDueInAWeek_WhenWithinFiveBusinessDays_ThenItsCustodiansAndSponsorAreRemindedOnce()
    {
        var account = Given.Registered();
        var review = AccountReview(account);
        var due = review.DueOn;
        var fiveBefore = Enumerable.Range(1, 14).Select(d => due.AddDays(-d)).First(d => Calendar.BusinessDaysBetween(d, due) == 5 && Calendar.IsBusinessDay(d));

        Assert.Empty(On(review, account, Calendar.PreviousBusinessDay(fiveBefore)));
        var reminded = Assert.IsType<ReviewReminded>(Assert.Single(On(review, account, fiveBefore)));
        Assert.Equal(["carl", "dina", "sam"], reminded.ToUserIds);
        Assert.Empty(On(review.Then(reminded), account, fiveBefore));
    }

    [Fact]
    public void GivenAReviewPastItsDueDay_WhenTheClockTicksOnABusinessDay_ThenItIsEscalatedOnceToBdAndTheSponsor()
    {
        var account = Given.Registered();
        var review = AccountReview(account).Then(new ReviewReminded(Guid.Empty, account.Id, ReviewKind.Account, default, [], Today, Approved.Now));
        var after = Calendar.AddBusinessDays(review.DueOn, 1);

        Assert.Empty(On(review, account, review.DueOn));
        var escalated = Assert.IsType<ReviewEscalated>(Assert.Single(On(review, account, after)));
        Assert.Equal(("sam", after), (escalated.SponsorUserId, escalated.On));
        Assert.Empty(On(review.Then(escalated), account, Calendar.AddBusinessDays(after, 1)));
    }

    [Fact]
    public void GivenAnOverdueReview_WhenTheDayIsAWeekend_ThenNothingIsRecorded()
    {
        var account = Given.Registered();
        var review = AccountReview(account);
        var saturday = Enumerable.Range(1, 7).Select(d => review.DueOn.AddDays(d)).First(d => d.DayOfWeek == DayOfWeek.Saturday);

        Assert.Empty(On(review, account, saturday));
    }

    [Fact]
    public void GivenADecommissionedAccount_WhenItsReviewIsDue_ThenTheReviewIsClosedNotReminded()
    {
        var account = Given.Registered() with { Status = AccountStatus.Decommissioned };
        Assert.IsType<ReviewClosed>(Assert.Single(On(AccountReview(account), account, AccountReview(account).DueOn)));
    }
}
