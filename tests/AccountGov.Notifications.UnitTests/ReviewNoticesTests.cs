using AccountGov.Custody.Contracts;
using AccountGov.Notifications.Api.Notices;

namespace AccountGov.Notifications.UnitTests;

public class ReviewNoticesTests
{
    private static readonly Guid ReviewId = Guid.Parse("44444444-4444-4444-4444-444444444444");
    private const string Link = "http://portal.test/accounts/22222222-2222-2222-2222-222222222222/reviews/44444444-4444-4444-4444-444444444444";

    [Fact]
    public void GivenAReviewComingDue_WhenDecided_ThenEachCustodianAndTheSponsorIsAskedToRecordItByItsDueDay()
    {
        var d = ReviewNotices.Due(new ReviewDue(ReviewId, Given.AccountId, ReviewKind.Account, new DateOnly(2026, 12, 8), ["carl", "dina", "sam"], Given.Now),
            Given.Account, Given.Links);

        Assert.Equal(["user:carl", "user:dina", "user:sam"], Given.Recipients(d));
        Assert.All(d.Notices, n => Assert.Contains(Link, n.Body));
        Assert.Contains("8 December 2026", d.Notices[0].Body);
        Assert.Contains("IG31 §8.2", d.Notices[0].Body);
        Assert.Equal(Topics.Review(ReviewId), d.Notices[0].Opens!.Topic);
    }

    [Fact]
    public void GivenAnOverdueMembershipReview_WhenDecided_ThenBdAndTheSponsorAreToldUrgently()
    {
        var d = ReviewNotices.Overdue(new ReviewEscalated(ReviewId, Given.AccountId, ReviewKind.Membership, new DateOnly(2026, 12, 8), "sam", Given.Now),
            Given.Account, "sam", Given.Links);

        Assert.Equal(["team:BusinessDevelopment", "user:sam"], Given.Recipients(d));
        Assert.All(d.Notices, n => Assert.True(n.Urgent));
        Assert.StartsWith("Membership review overdue", d.Notices[0].Subject);
    }

    [Theory]
    [InlineData("Confirmed", true)]
    [InlineData("Decommission", true)]
    [InlineData("ChangesNeeded", false)]
    public void GivenARecordedReview_WhenDecided_ThenWhatWaitedOnItClosesUnlessChangesAreStillNeeded(string outcome, bool closes)
    {
        var d = ReviewNotices.Completed(new ReviewCompleted(ReviewId, Given.AccountId, ReviewKind.Account, outcome, "carl", Given.Now));

        Assert.Empty(d.Notices);
        Assert.Equal(closes, d.Closes.Contains(Topics.Review(ReviewId)));
    }
}
