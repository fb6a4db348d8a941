using AccountGov.Approvals.Api.Cases;
using AccountGov.Approvals.Api.Cases.AttachingDpia;
using AccountGov.Approvals.Api.Cases.ReviewingDpia;
using AccountGov.Approvals.Contracts;
using AccountGov.ServiceDefaults.Errors;

namespace AccountGov.Approvals.UnitTests;

/// <summary>IG's three outcomes: ChangesRequested sends the DPIA back to the requester; a High residual risk is accepted only with a comment.</summary>
public class DpiaChangesTests
{
    private static Case Attached(string? residualRisk) =>
        Given.Fold(Given.Endorsed(dpiaRequired: true), AttachDpia.Decide(Given.Endorsed(dpiaRequired: true),
            new AccountRequests.Contracts.DpiaAttached(Given.RequestId, 1, "rita", Given.Monday, residualRisk), Given.Monday, Given.Deadlines))!;

    private static IReadOnlyList<object> Review(Case c, DpiaReviewOutcome outcome, string? comment) =>
        ReviewDpia.Decide(c, outcome, comment, Given.Ivy, Given.Monday.AddHours(2), Given.Deadlines);

    [Fact]
    public void GivenAnAttachedDpia_WhenIgAsksForChanges_ThenTheReviewWaitsForTheAmendedDpiaWithItsClockStopped()
    {
        var e = Assert.IsType<DpiaReviewChangesRequested>(Assert.Single(Review(Attached("Low"), DpiaReviewOutcome.ChangesRequested, "Add the retention period")));
        var c = Given.Fold(Attached("Low"), [e])!;

        Assert.Equal(CaseStatus.Open, c.Status);
        Assert.Equal(StageName.DpiaReview, c.CurrentStage);
        Assert.False(c.DpiaAttached);
        Assert.Null(c.DueBy);
        Assert.Throws<RuleViolation>(() => Review(c, DpiaReviewOutcome.Accepted, null));
    }

    [Fact]
    public void GivenChangesAsked_WhenTheAmendedDpiaIsAttached_ThenTheReviewClockStartsAgainAndTheOldAttachmentIsIgnored()
    {
        var asked = Given.Fold(Attached("Low"), Review(Attached("Low"), DpiaReviewOutcome.ChangesRequested, "Add the retention period"))!;
        Assert.Empty(AttachDpia.Decide(asked, new AccountRequests.Contracts.DpiaAttached(Given.RequestId, 1, "rita", Given.Monday, "Low"),
            Given.Monday.AddDays(1), Given.Deadlines));

        var amended = Given.Fold(asked, AttachDpia.Decide(asked,
            new AccountRequests.Contracts.DpiaAttached(Given.RequestId, 1, "rita", Given.Monday.AddDays(1), "Medium"), Given.Monday.AddDays(1), Given.Deadlines))!;
        Assert.True(amended.DpiaAttached);
        Assert.NotNull(amended.DueBy);
        Assert.Equal("Medium", amended.DpiaResidualRisk);
        Assert.IsType<DpiaReviewAccepted>(Assert.Single(Review(amended, DpiaReviewOutcome.Accepted, null)));
    }

    [Fact]
    public void GivenAHighResidualRisk_WhenAcceptedWithoutAComment_ThenTheCommentIsRequired() =>
        Assert.Equal("comment", Assert.Throws<InvalidInput>(() => Review(Attached("High"), DpiaReviewOutcome.Accepted, "  ")).Field);

    [Fact]
    public void GivenAHighResidualRisk_WhenAcceptedWithAComment_ThenTheReviewIsRecorded() =>
        Assert.IsType<DpiaReviewAccepted>(Assert.Single(Review(Attached("High"), DpiaReviewOutcome.Accepted, "Mitigated by moderation rota")));

    [Fact]
    public void GivenChangesRequestedWithoutAReason_WhenValidated_ThenTheCommentIsRequired() =>
        Assert.Contains("comment", ReviewDpia.Validate(new DpiaReviewBody("ChangesRequested", null), out _).Keys);
}
