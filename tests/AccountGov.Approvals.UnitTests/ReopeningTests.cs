using AccountGov.Approvals.Api.Cases;
using AccountGov.Approvals.Api.Cases.Reopening;
using AccountGov.Approvals.Api.Cases.Withdrawing;
using AccountGov.AccountRequests.Contracts;
using AccountGov.Approvals.Contracts;

namespace AccountGov.Approvals.UnitTests;

public class ReopeningTests
{
    private static Case ChangesRequested(bool dpiaRequired = false) => Given.Decided(
        dpiaRequired ? Given.DpiaAccepted() : Given.Endorsed(), DecisionOutcome.ChangesRequested, "Name a second deputy");

    private static Case Reopen(Case c, int revision, bool contentChanged, bool dpiaRequired = false) =>
        Given.Fold(c, ReopenCase.Decide(c, Given.Revised(revision, contentChanged, dpiaRequired), Given.Monday.AddDays(1), Given.Policy, Given.Deadlines))!;

    [Fact]
    public void GivenChangesRequested_WhenTheContentChanged_ThenEndorsementAndDpiaReviewStartAgain()
    {
        var c = Reopen(ChangesRequested(dpiaRequired: true), 2, contentChanged: true, dpiaRequired: true);

        Assert.Equal(CaseStatus.Open, c.Status);
        Assert.All(c.Stages, s => Assert.Equal(StageStatus.Pending, s.Status));
        Assert.Equal(StageName.SponsorEndorsement, c.CurrentStage);
        Assert.Equal(new DateOnly(2026, 11, 27), c.DueBy); // revised Tuesday + 3
        Assert.Equal("@stpaedsphysio2", c.Request.Handle);
        Assert.Equal(2, c.Request.Revision);
        // Earlier decisions stay in the history.
        Assert.Equal(["Opened", "Endorsed", "DpiaAttached", "DpiaAccepted", "ChangesRequested", "Revised (revision 2)"], c.History.Select(h => h.Event));
    }

    [Fact]
    public void GivenChangesRequested_WhenNothingReviewedChanged_ThenOnlyTheBdDecisionStartsAgain()
    {
        var c = Reopen(ChangesRequested(dpiaRequired: true), 2, contentChanged: false, dpiaRequired: true);

        Assert.Equal(StageStatus.Completed, c.StageNamed(StageName.SponsorEndorsement)!.Status);
        Assert.Equal(StageStatus.Completed, c.StageNamed(StageName.DpiaReview)!.Status);
        Assert.Equal(StageName.BusinessDevelopmentDecision, c.CurrentStage);
        Assert.Null(c.StageNamed(StageName.BusinessDevelopmentDecision)!.DecidedBy);
        Assert.NotNull(c.DueBy);
    }

    [Fact]
    public void GivenANewSponsor_WhenRevisedWithoutContentChange_ThenTheEndorsementStartsAgain()
    {
        var c = ChangesRequested();
        var revised = Given.Revised(2, contentChanged: false) with { Sponsor = new StaffRef("bob", "Bob Hale") };
        var reopened = Given.Fold(c, ReopenCase.Decide(c, revised, Given.Monday.AddDays(1), Given.Policy, Given.Deadlines))!;

        Assert.Equal(StageName.SponsorEndorsement, reopened.CurrentStage);
        Assert.Equal("bob", reopened.SponsorId);
    }

    [Fact]
    public void GivenARevisionThatNowNeedsADpia_WhenReopened_ThenTheDpiaReviewIsAdded()
    {
        var c = Reopen(ChangesRequested(), 2, contentChanged: true, dpiaRequired: true);
        Assert.Equal([StageName.SponsorEndorsement, StageName.DpiaReview, StageName.BusinessDevelopmentDecision], c.Stages.Select(s => s.Name));
    }

    [Fact]
    public void GivenAnOldOrRepeatedRevision_WhenReceived_ThenNothingHappens()
    {
        var reopened = Reopen(ChangesRequested(), 2, contentChanged: true);
        Assert.Empty(ReopenCase.Decide(reopened, Given.Revised(2, true), Given.Monday, Given.Policy, Given.Deadlines));
        Assert.Empty(ReopenCase.Decide(reopened, Given.Revised(1, true), Given.Monday, Given.Policy, Given.Deadlines));
    }

    [Fact]
    public void GivenAnApprovedCase_WhenARevisionArrives_ThenItStaysApproved()
    {
        var approved = Given.Decided(Given.Endorsed(), DecisionOutcome.Approved);
        Assert.Empty(ReopenCase.Decide(approved, Given.Revised(2, true), Given.Monday, Given.Policy, Given.Deadlines));
    }

    [Fact]
    public void GivenAnOpenCase_WhenWithdrawn_ThenItClosesAsWithdrawn()
    {
        var e = Assert.IsType<CaseWithdrawn>(Assert.Single(WithdrawCase.Decide(Given.Open(), new RequestWithdrawn(Given.RequestId, "rita", Given.Monday))));
        var c = Given.Fold(Given.Open(), [e])!;
        Assert.Equal(CaseStatus.Withdrawn, c.Status);
        Assert.Null(c.CurrentStage);
        Assert.Null(c.NextAlertOn);
    }

    [Fact]
    public void GivenADecidedOrWithdrawnCase_WhenWithdrawn_ThenNothingHappens()
    {
        var withdrawal = new RequestWithdrawn(Given.RequestId, "rita", Given.Monday);
        Assert.Empty(WithdrawCase.Decide(Given.Decided(Given.Endorsed(), DecisionOutcome.Approved), withdrawal));
        Assert.Empty(WithdrawCase.Decide(Given.Open() with { Status = CaseStatus.Withdrawn }, withdrawal));
    }
}
