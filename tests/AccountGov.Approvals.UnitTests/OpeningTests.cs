using AccountGov.Approvals.Api.Cases;
using AccountGov.Approvals.Api.Cases.Opening;
using AccountGov.Approvals.Contracts;

namespace AccountGov.Approvals.UnitTests;

public class OpeningTests
{
    [Fact]
    public void GivenASubmission_WhenOpened_ThenTheEndorsementClockStartsAndLaterStagesWait()
    {
        var c = Given.Open(dpiaRequired: true);

        Assert.Equal(CaseStatus.Open, c.Status);
        Assert.Equal(StageName.SponsorEndorsement, c.CurrentStage);
        Assert.Equal(new DateOnly(2026, 11, 26), c.DueBy); // Monday + 3 business days
        Assert.All(c.Stages.Skip(1), s => Assert.Null(s.DueBy));
        Assert.All(c.Stages, s => Assert.Equal(StageStatus.Pending, s.Status));
        Assert.Equal("sam", c.SponsorId);
        Assert.Equal(2, c.Request.Custodians.Count);
    }

    [Fact]
    public void GivenAnExistingCase_WhenTheSubmissionIsRedelivered_ThenNothingHappens() =>
        Assert.Empty(OpenCase.Decide(Given.Open(), Given.Submitted(), Given.Monday, Given.Policy, Given.Deadlines));

    [Fact]
    public void GivenASubmissionOnAFriday_WhenOpened_ThenTheDeadlineSkipsTheWeekend()
    {
        var friday = new DateTimeOffset(2026, 11, 27, 9, 0, 0, TimeSpan.Zero);
        Assert.Equal(new DateOnly(2026, 12, 2), Given.Open(at: friday).DueBy); // Mon, Tue, Wed
    }

    [Fact]
    public void GivenASubmissionOnChristmasEve_WhenOpened_ThenTheDeadlineSkipsBankHolidaysAndTheWeekend()
    {
        var christmasEve = new DateTimeOffset(2026, 12, 24, 9, 0, 0, TimeSpan.Zero);
        Assert.Equal(new DateOnly(2026, 12, 31), Given.Open(at: christmasEve).DueBy); // Tue 29, Wed 30, Thu 31
    }

    [Fact]
    public void GivenAnOpenedCase_WhenRead_ThenItsHistoryRecordsTheOpening()
    {
        var entry = Assert.Single(Given.Open().History);
        Assert.Equal("Opened", entry.Event);
        Assert.Equal("rita", entry.By);
    }

    [Fact]
    public void GivenANewCase_WhenNothingIsDueYet_ThenTheSweepIndexPointsAtTheDueDay() =>
        Assert.Equal(new DateOnly(2026, 11, 26), Given.Open().NextAlertOn);

    [Fact]
    public void GivenAClosedCase_WhenQueried_ThenNoStageIsCurrent()
    {
        var c = Given.Decided(Given.Endorsed(), DecisionOutcome.Approved);
        Assert.Null(c.CurrentStage);
        Assert.Null(c.NextAlertOn);
        Assert.IsType<Case>(c);
    }
}
