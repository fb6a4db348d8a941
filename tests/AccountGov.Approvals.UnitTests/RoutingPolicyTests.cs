using AccountGov.Approvals.Api.Cases.Routing;
using AccountGov.Approvals.Contracts;

namespace AccountGov.Approvals.UnitTests;

public class RoutingPolicyTests
{
    [Fact]
    public void GivenNoDpiaRequired_WhenRouting_ThenEndorsementThenBdDecision() =>
        Assert.Equal([StageName.SponsorEndorsement, StageName.BusinessDevelopmentDecision], RoutingPolicy.Default.RouteFor(false));

    [Fact]
    public void GivenDpiaRequired_WhenRouting_ThenTheDpiaReviewSitsBetweenEndorsementAndTheBdDecision() =>
        Assert.Equal([StageName.SponsorEndorsement, StageName.DpiaReview, StageName.BusinessDevelopmentDecision], RoutingPolicy.Default.RouteFor(true));

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void GivenAnyRequest_WhenRouting_ThenTheBdDecisionIsLastAndEndorsementFirst(bool dpiaRequired)
    {
        var route = RoutingPolicy.Default.RouteFor(dpiaRequired);
        Assert.Equal(StageName.SponsorEndorsement, route[0]);
        Assert.Equal(StageName.BusinessDevelopmentDecision, route[^1]);
    }

    [Fact]
    public void GivenAPolicyAsData_WhenARuleIsChanged_ThenTheRouteFollowsTheData()
    {
        var everyoneReviewsDpia = new RoutingPolicy(
            RoutingPolicy.Default.Rules.Select(r => r.Stage == StageName.DpiaReview ? r with { Applies = StageApplies.Always } : r).ToArray());
        Assert.Contains(StageName.DpiaReview, everyoneReviewsDpia.RouteFor(false));
    }

    [Fact]
    public void GivenCompletedStages_WhenTheContentChanged_ThenNothingIsKept()
    {
        var c = Given.DpiaAccepted();
        Assert.Empty(RoutingPolicy.Default.KeptAfterRevision(c, dpiaRequired: true, contentChanged: true));
    }

    [Fact]
    public void GivenCompletedStages_WhenOnlyUnreviewedDetailsChanged_ThenEndorsementAndDpiaReviewAreKept() =>
        Assert.Equal([StageName.SponsorEndorsement, StageName.DpiaReview],
            RoutingPolicy.Default.KeptAfterRevision(Given.DpiaAccepted(), dpiaRequired: true, contentChanged: false));

    [Fact]
    public void GivenAPendingStage_WhenRevised_ThenItIsNotKeptAsCompleted() =>
        Assert.Empty(RoutingPolicy.Default.KeptAfterRevision(Given.Open(), dpiaRequired: false, contentChanged: false));

    [Fact]
    public void GivenATableThatPutsBdBeforeTheDpiaReview_WhenBuilt_ThenItIsRefused() =>
        Assert.Throws<ArgumentException>(() => new RoutingPolicy(
        [
            new(StageName.SponsorEndorsement, StageApplies.Always, StageResets.WhenContentChanged),
            new(StageName.BusinessDevelopmentDecision, StageApplies.Always, StageResets.OnEveryRevision),
            new(StageName.DpiaReview, StageApplies.WhenDpiaRequired, StageResets.WhenContentChanged),
        ]));

    [Fact]
    public void GivenATableWhereBdIsConditional_WhenBuilt_ThenItIsRefused() =>
        Assert.Throws<ArgumentException>(() => new RoutingPolicy(
        [
            new(StageName.SponsorEndorsement, StageApplies.Always, StageResets.WhenContentChanged),
            new(StageName.BusinessDevelopmentDecision, StageApplies.WhenDpiaRequired, StageResets.OnEveryRevision),
        ]));
}
