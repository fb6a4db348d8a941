using AccountGov.Approvals.Api.Cases;
using AccountGov.Approvals.Api.Cases.ReviewingDpia;
using AccountGov.Approvals.Contracts;
using AccountGov.ServiceDefaults.Auth;
using AccountGov.ServiceDefaults.Errors;

namespace AccountGov.Approvals.UnitTests;

public class ReviewingDpiaTests
{
    private static IReadOnlyList<object> Review(Case c, CurrentUser user, DpiaReviewOutcome outcome = DpiaReviewOutcome.Accepted, string? comment = null) =>
        ReviewDpia.Decide(c, outcome, comment, user, Given.Monday.AddHours(2), Given.Deadlines);

    [Fact]
    public void GivenAnAttachedDpiaAfterEndorsement_WhenIgAccepts_ThenTheBdClockStarts()
    {
        var c = Given.DpiaAttached(Given.Endorsed(dpiaRequired: true));
        Assert.Equal(new DateOnly(2026, 11, 30), c.DueBy); // the review clock started on attachment (Monday + 5)

        var e = Assert.IsType<DpiaReviewAccepted>(Assert.Single(Review(c, Given.Ivy)));
        Assert.Equal(StageName.BusinessDevelopmentDecision, e.Started!.Stage);
        Assert.Equal(StageName.BusinessDevelopmentDecision, Given.Fold(c, [e])!.CurrentStage);
    }

    [Fact]
    public void GivenTheDpiaIsNotAttached_WhenReviewed_ThenItIsAConflict()
    {
        var ex = Assert.Throws<RuleViolation>(() => Review(Given.Endorsed(dpiaRequired: true), Given.Ivy));
        Assert.Contains("not been attached", ex.Message);
    }

    [Fact]
    public void GivenTheEndorsementIsOutstanding_WhenTheDpiaIsReviewed_ThenTheConflictNamesTheEndorsement()
    {
        var c = Given.DpiaAttached(Given.Open(dpiaRequired: true));
        Assert.Equal(StageName.SponsorEndorsement, c.CurrentStage);
        var ex = Assert.Throws<RuleViolation>(() => Review(c, Given.Ivy));
        Assert.Contains("SponsorEndorsement stage is outstanding", ex.Message);
    }

    [Fact]
    public void GivenNoDpiaWasRequired_WhenReviewed_ThenItIsAConflict() =>
        Assert.Contains("no DpiaReview stage", Assert.Throws<RuleViolation>(() => Review(Given.Endorsed(), Given.Ivy)).Message);

    [Fact]
    public void GivenTheEndorsingSponsorWorksInIg_WhenTheyReviewTheDpia_ThenAccessIsDenied()
    {
        var samInIg = Given.Sam with { Roles = new HashSet<string> { Roles.InformationGovernance, Roles.SeniorManager } };
        var c = Given.DpiaAttached(Given.Endorsed(dpiaRequired: true));
        Assert.Equal("sam", c.StageNamed(StageName.SponsorEndorsement)!.DecidedBy);
        Assert.Throws<AccessDenied>(() => Review(c, samInIg, DpiaReviewOutcome.Rejected, "Not enough"));
    }

    [Fact]
    public void GivenAnIgOfficerNamedAsCustodian_WhenTheyReviewTheDpia_ThenTheReviewIsRecorded()
    {
        // Only the BD decision authorises access; a custodian reviewing the DPIA grants themselves nothing.
        var carlInIg = new CurrentUser("carl", "Carl Obi", new HashSet<string> { Roles.InformationGovernance });
        Assert.IsType<DpiaReviewAccepted>(Assert.Single(Review(Given.DpiaAttached(Given.Endorsed(dpiaRequired: true)), carlInIg)));
    }

    [Fact]
    public void GivenTheRequesterWorksInIg_WhenTheyReviewTheirOwnDpia_ThenAccessIsDenied()
    {
        var ritaInIg = Given.Rita with { Roles = new HashSet<string> { Roles.InformationGovernance } };
        Assert.Throws<AccessDenied>(() => Review(Given.DpiaAttached(Given.Endorsed(dpiaRequired: true)), ritaInIg));
    }

    [Fact]
    public void GivenARejectedDpia_WhenReviewed_ThenTheCaseIsRejectedAtTheDpiaStage()
    {
        var c = Given.DpiaAttached(Given.Endorsed(dpiaRequired: true));
        var e = Assert.IsType<CaseRejected>(Assert.Single(Review(c, Given.Ivy, DpiaReviewOutcome.Rejected, "Risks unmitigated")));
        Assert.Equal(StageName.DpiaReview, e.Stage);
        Assert.Equal(CaseStatus.Rejected, Given.Fold(c, [e])!.Status);
    }

    [Theory]
    [InlineData("Rejected", null, "comment")]
    [InlineData("Maybe", "x", "outcome")]
    [InlineData("1", "x", "outcome")]
    [InlineData(null, null, "outcome")]
    public void GivenBadReviewInput_WhenValidated_ThenTheFieldIsNamed(string? outcome, string? comment, string field) =>
        Assert.Contains(field, ReviewDpia.Validate(new DpiaReviewBody(outcome, comment), out _).Keys);

    [Fact]
    public void GivenAnAcceptanceWithoutComment_WhenValidated_ThenItIsValid() =>
        Assert.Empty(ReviewDpia.Validate(new DpiaReviewBody("Accepted", null), out _));
}
