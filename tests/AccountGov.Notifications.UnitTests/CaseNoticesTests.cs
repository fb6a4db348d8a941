using AccountGov.Approvals.Contracts;
using AccountGov.Notifications.Api.Notices;

namespace AccountGov.Notifications.UnitTests;

public class CaseNoticesTests
{
    private static readonly DateOnly Due = new(2026, 12, 4);

    [Fact]
    public void GivenASubmission_WhenDecided_ThenOnlyTheSponsorIsAskedToEndorseWithTheCaseLink()
    {
        var d = CaseNotices.Submitted(Given.Submitted, Given.Request, Given.Links);

        Assert.Equal(["user:sam"], Given.Recipients(d));
        var notice = d.Notices[0];
        Assert.StartsWith("Please endorse", notice.Subject);
        Assert.Contains("http://portal.test/cases/11111111-1111-1111-1111-111111111111", notice.Body);
        Assert.False(notice.Urgent);
        Assert.Equal(Topics.Case(Given.RequestId), notice.Opens!.Topic);
    }

    [Theory]
    [InlineData(StageName.DpiaReview, "team:InformationGovernance", "DPIA ready for review")]
    [InlineData(StageName.BusinessDevelopmentDecision, "team:BusinessDevelopment", "Ready for decision")]
    public void GivenAStageStarted_WhenDecided_ThenTheTeamThatOwesItIsTold(StageName stage, string team, string subject)
    {
        var d = CaseNotices.Started(Given.RequestId, stage, Due, false, Given.Request, Given.Links);

        Assert.Equal([team], Given.Recipients(d));
        Assert.StartsWith(subject, d.Notices[0].Subject);
        Assert.Contains("4 December 2026", d.Notices[0].Body);
        Assert.Equal([Topics.Case(Given.RequestId)], d.Closes);
    }

    [Fact]
    public void GivenTheFirstEndorsementClock_WhenDecided_ThenNoSecondEmailButTheSponsorStillWaits()
    {
        var d = CaseNotices.Started(Given.RequestId, StageName.SponsorEndorsement, Due, false, Given.Request, Given.Links);

        Assert.Empty(d.Notices);
        Assert.Equal("user:sam", Assert.Single(d.Quiet).To.Key);
    }

    [Fact]
    public void GivenARevisionRestartingTheEndorsement_WhenDecided_ThenTheSponsorIsAskedAgain()
    {
        var d = CaseNotices.Started(Given.RequestId, StageName.SponsorEndorsement, Due, true, Given.Request, Given.Links);

        Assert.Equal(["user:sam"], Given.Recipients(d));
        Assert.StartsWith("Please endorse again", d.Notices[0].Subject);
    }

    [Fact]
    public void GivenAnEscalatedEndorsement_WhenDecided_ThenTheSponsorAndBdAreToldUrgently()
    {
        var d = CaseNotices.Escalated(new CaseEscalated(Given.RequestId, StageName.SponsorEndorsement, Due, Given.Now), Given.Request, Given.Links);

        Assert.Equal(["user:sam", "team:BusinessDevelopment"], Given.Recipients(d));
        Assert.All(d.Notices, n => Assert.True(n.Urgent));
    }

    [Fact]
    public void GivenAnEscalatedBdDecision_WhenDecided_ThenBdIsToldOnce()
    {
        var d = CaseNotices.Escalated(new CaseEscalated(Given.RequestId, StageName.BusinessDevelopmentDecision, Due, Given.Now), Given.Request, Given.Links);

        Assert.Equal(["team:BusinessDevelopment"], Given.Recipients(d));
    }

    [Fact]
    public void GivenARejection_WhenDecided_ThenTheRequesterHearsTheReasonAndNothingWaitsAnyMore()
    {
        var d = CaseNotices.Rejected(new AccountRequestRejected(Given.RequestId, "BusinessDevelopmentDecision", "beth", "Duplicates the trust's main account", Given.Now), Given.Request, Given.Links);

        Assert.Equal(["user:rita"], Given.Recipients(d));
        Assert.Contains("Duplicates the trust's main account", d.Notices[0].Body);
        Assert.Contains("Business Development decision", d.Notices[0].Body);
        Assert.Contains(Topics.Case(Given.RequestId), d.Closes);
    }

    [Fact]
    public void GivenChangesRequested_WhenDecided_ThenTheRequesterIsAskedToReviseFromTheCasePage()
    {
        var d = CaseNotices.ChangesRequested(new ChangesRequested(Given.RequestId, "beth", "Name a second deputy", Given.Now), Given.Request, Given.Links);

        Assert.Equal(["user:rita"], Given.Recipients(d));
        Assert.Contains("Name a second deputy", d.Notices[0].Body);
        Assert.Contains("http://portal.test/cases/", d.Notices[0].Body);
        Assert.NotNull(d.Notices[0].Opens);
    }
}
