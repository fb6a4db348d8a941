using AccountGov.Approvals.Api.Cases;
using AccountGov.Approvals.Api.Cases.Deciding;
using AccountGov.Approvals.Api.Cases.Reopening;
using AccountGov.Approvals.Contracts;
using AccountGov.ServiceDefaults.Errors;

namespace AccountGov.Approvals.UnitTests;

/// <summary>BD sends any open case back to the requester, whatever its stage; approving still waits for the stages.</summary>
public class SendingBackTests
{
    private static IReadOnlyList<object> SendBack(Case c) =>
        DecideRequest.Decide(c, DecisionOutcome.ChangesRequested, "Name a senior manager as sponsor", [], Given.Beth, Given.Monday.AddHours(3));

    [Fact]
    public void GivenThePendingEndorsement_WhenBdSendsBack_ThenTheCaseWaitsForARevisionAndTheEndorsementIsUndecided()
    {
        var e = Assert.IsType<CaseChangesRequested>(Assert.Single(SendBack(Given.Open())));
        Assert.Equal(StageName.SponsorEndorsement, e.AtStage);

        var c = Given.Fold(Given.Open(), [e])!;
        Assert.Equal(CaseStatus.ChangesRequested, c.Status);
        Assert.All(c.Stages, s => Assert.Equal(StageStatus.Pending, s.Status));
        Assert.Equal(("ChangesRequested", StageName.SponsorEndorsement), (c.History[^1].Event, c.History[^1].Stage));
    }

    [Fact]
    public void GivenAPendingDpiaReview_WhenBdSendsBackAndTheRequesterRevises_ThenTheCaseRoutesAgain()
    {
        var sentBack = Given.Fold(Given.Endorsed(dpiaRequired: true), SendBack(Given.Endorsed(dpiaRequired: true)))!;
        var revised = Given.Fold(sentBack, ReopenCase.Decide(sentBack, Given.Revised(2, contentChanged: true, dpiaRequired: true),
            Given.Monday.AddDays(1), Given.Policy, Given.Deadlines))!;
        Assert.Equal(CaseStatus.Open, revised.Status);
        Assert.Equal(StageName.SponsorEndorsement, revised.CurrentStage);
        Assert.NotNull(revised.DueBy);
    }

    [Fact]
    public void GivenACaseSentBack_WhenBdSendsBackAgain_ThenItIsAConflict()
    {
        var sentBack = Given.Fold(Given.Open(), SendBack(Given.Open()))!;
        Assert.Throws<RuleViolation>(() => SendBack(sentBack));
    }

    [Fact]
    public void GivenThePendingEndorsement_WhenBdApproves_ThenItStillWaitsForTheEndorsement() =>
        Assert.Throws<RuleViolation>(() =>
            DecideRequest.Decide(Given.Open(), DecisionOutcome.Approved, null, [], Given.Beth, Given.Monday.AddHours(3)));
}
