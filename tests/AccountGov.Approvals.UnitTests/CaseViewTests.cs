using AccountGov.Approvals.Api.Cases.Reading;
using AccountGov.Approvals.Contracts;

namespace AccountGov.Approvals.UnitTests;

public class CaseViewTests
{
    // The endorsement opened on Monday 23 Nov is due Thursday 26 Nov.
    [Theory]
    [InlineData("2026-11-26", false)]
    [InlineData("2026-11-27", true)]
    public void GivenACurrentStage_WhenShownInTheQueue_ThenItIsOverdueOnlyAfterItsDueDay(string today, bool overdue)
    {
        var row = CaseView.Summary(Given.Open(), DateOnly.Parse(today));
        Assert.Equal(overdue, row.Overdue);
        Assert.Equal(new DateOnly(2026, 11, 26), row.DueBy);
        Assert.Equal(StageName.SponsorEndorsement, row.CurrentStage);
    }

    [Fact]
    public void GivenADecidedCase_WhenShownLongAfterItsDeadlines_ThenNothingIsOverdue()
    {
        var c = Given.Decided(Given.Endorsed(), DecisionOutcome.Approved);
        var details = CaseView.Details(c, 3, new DateOnly(2027, 6, 1));
        Assert.False(details.Overdue);
        Assert.All(details.Stages, s => Assert.False(s.Overdue));
        Assert.Equal(CaseStatus.Approved, details.Status);
    }

    [Fact]
    public void GivenACase_WhenShown_ThenTheApiMdStageShapeIsFilled()
    {
        var stage = CaseView.Details(Given.Endorsed(), 2, new DateOnly(2026, 11, 23)).Stages[0];
        Assert.Equal((StageName.SponsorEndorsement, StageStatus.Completed, "sam"), (stage.Name, stage.Status, stage.DecidedBy));
        Assert.NotNull(stage.DecidedAt);
        Assert.Equal(new DateOnly(2026, 11, 26), stage.DueBy);
    }

    [Fact]
    public void GivenADpiaReviewWaitingForItsDpia_WhenShownInTheQueue_ThenItHasNoDueDateAndSaysTheDpiaIsMissing()
    {
        var row = CaseView.Summary(Given.Endorsed(dpiaRequired: true), new DateOnly(2026, 11, 30));
        Assert.Equal((StageName.DpiaReview, (DateOnly?)null, true, false), (row.CurrentStage, row.DueBy, row.DpiaRequired, row.DpiaAttached));
        Assert.False(row.Overdue);
    }
}
