using AccountGov.Approvals.Api.Cases;
using AccountGov.Approvals.Api.Cases.Deciding;
using AccountGov.Approvals.Contracts;
using AccountGov.ServiceDefaults.Auth;
using AccountGov.ServiceDefaults.Errors;

namespace AccountGov.Approvals.UnitTests;

public class DecidingTests
{
    private static IReadOnlyList<object> Decide(Case c, CurrentUser user, DecisionOutcome outcome = DecisionOutcome.Approved,
        string? comment = null, IReadOnlyList<string>? conditions = null) =>
        DecideRequest.Decide(c, outcome, comment, conditions ?? [], user, Given.Monday.AddHours(3));

    [Fact]
    public void GivenAnEndorsedCase_WhenBdApprovesWithConditions_ThenTheApprovalCarriesWhatCustodyNeeds()
    {
        var e = Assert.IsType<CaseApproved>(Assert.Single(
            Decide(Given.Endorsed(), Given.Beth, conditions: ["Review in 12 months", "Display disclaimer text X"])));

        Assert.Equal(("Paediatric Physiotherapy", "Instagram", "@stpaedsphysio"), (e.Team, e.Platform, e.Handle));
        Assert.Equal("sam", e.Sponsor.UserId);
        Assert.Equal([ApprovedCustodianRole.Primary, ApprovedCustodianRole.Deputy], e.Custodians.Select(x => x.Role));
        Assert.Equal(["Review in 12 months", "Display disclaimer text X"], e.Conditions);
        Assert.Equal("beth", e.ApprovedBy);

        var c = Given.Fold(Given.Endorsed(), [e])!;
        Assert.Equal(CaseStatus.Approved, c.Status);
        Assert.Equal(e.Conditions, c.Conditions);
        Assert.NotNull(c.ClosedAt);
    }

    [Fact]
    public void GivenTheEndorsementIsOutstanding_WhenBdDecides_ThenTheConflictNamesIt() =>
        Assert.Contains("SponsorEndorsement stage is outstanding",
            Assert.Throws<RuleViolation>(() => Decide(Given.Open(), Given.Beth)).Message);

    [Fact]
    public void GivenTheDpiaReviewIsOutstanding_WhenBdDecides_ThenTheConflictNamesIt() =>
        Assert.Contains("DpiaReview stage is outstanding",
            Assert.Throws<RuleViolation>(() => Decide(Given.Endorsed(dpiaRequired: true), Given.Beth)).Message);

    [Fact]
    public void GivenAnAcceptedDpia_WhenBdDecides_ThenTheDecisionIsRecorded() =>
        Assert.IsType<CaseApproved>(Assert.Single(Decide(Given.DpiaAccepted(), Given.Beth)));

    [Fact]
    public void GivenTheSponsorHoldsBd_WhenTheyDecide_ThenAccessIsDenied()
    {
        var samInBd = Given.Sam with { Roles = new HashSet<string> { Roles.BusinessDevelopment, Roles.SeniorManager } };
        Assert.Throws<AccessDenied>(() => Decide(Given.Endorsed(), samInBd));
    }

    [Fact]
    public void GivenTheRequesterHoldsBd_WhenTheyDecide_ThenAccessIsDenied()
    {
        var ritaInBd = Given.Rita with { Roles = new HashSet<string> { Roles.BusinessDevelopment } };
        Assert.Throws<AccessDenied>(() => Decide(Given.Endorsed(), ritaInBd));
    }

    [Fact]
    public void GivenAnEndorsedCase_WhenBdRejects_ThenTheCaseIsClosedAsRejected()
    {
        var c = Given.Decided(Given.Endorsed(), DecisionOutcome.Rejected, "Duplicate of an existing account");
        Assert.Equal(CaseStatus.Rejected, c.Status);
        Assert.Equal(StageStatus.Rejected, c.StageNamed(StageName.BusinessDevelopmentDecision)!.Status);
        Assert.Equal("Duplicate of an existing account", c.StageNamed(StageName.BusinessDevelopmentDecision)!.Comment);
    }

    [Fact]
    public void GivenAnEndorsedCase_WhenBdRequestsChanges_ThenTheCaseWaitsForARevision()
    {
        var c = Given.Decided(Given.Endorsed(), DecisionOutcome.ChangesRequested, "Name a second deputy");
        Assert.Equal(CaseStatus.ChangesRequested, c.Status);
        Assert.Null(c.CurrentStage);
        Assert.Contains("ChangesRequested", c.History.Select(h => h.Event));
    }

    [Theory]
    [InlineData("carl")] // the primary custodian
    [InlineData("dina")] // the deputy
    public void GivenACustodianHoldsBd_WhenTheyDecide_ThenAccessIsDenied(string custodian)
    {
        var custodianInBd = new CurrentUser(custodian, custodian, new HashSet<string> { Roles.BusinessDevelopment });
        var ex = Assert.Throws<AccessDenied>(() => Decide(Given.Endorsed(), custodianInBd, DecisionOutcome.Rejected, "No"));
        Assert.DoesNotContain(custodian, ex.Message);
    }

    [Theory]
    [InlineData(CaseStatus.Approved)]
    [InlineData(CaseStatus.Rejected)]
    [InlineData(CaseStatus.Withdrawn)]
    [InlineData(CaseStatus.ChangesRequested)]
    public void GivenAClosedCase_WhenBdDecides_ThenItIsAConflict(CaseStatus status) =>
        Assert.Throws<RuleViolation>(() => Decide(Given.Endorsed() with { Status = status }, Given.Beth));

    [Theory]
    [InlineData("Rejected", null, "comment")]
    [InlineData("ChangesRequested", "  ", "comment")]
    [InlineData("Approve", null, "outcome")]
    [InlineData(null, null, "outcome")]
    public void GivenBadDecisionInput_WhenValidated_ThenTheFieldIsNamed(string? outcome, string? comment, string field) =>
        Assert.Contains(field, DecideRequest.Validate(new DecisionBody(outcome, comment), out _, out _).Keys);

    [Fact]
    public void GivenConditionsOnARejection_WhenValidated_ThenTheyAreRefused() =>
        Assert.Contains("conditions", DecideRequest.Validate(new DecisionBody("Rejected", "No", ["x"]), out _, out _).Keys);

    [Fact]
    public void GivenBlankOrDuplicateConditions_WhenValidated_ThenBlanksAreRefusedAndDuplicatesFolded()
    {
        Assert.Contains("conditions", DecideRequest.Validate(new DecisionBody("Approved", null, ["ok", " "]), out _, out _).Keys);
        Assert.Empty(DecideRequest.Validate(new DecisionBody("Approved", null, [" Review yearly ", "Review yearly"]), out _, out var conditions));
        Assert.Equal(["Review yearly"], conditions);
    }
}
