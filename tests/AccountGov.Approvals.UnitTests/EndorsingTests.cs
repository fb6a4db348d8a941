using AccountGov.Approvals.Api.Cases;
using AccountGov.Approvals.Api.Cases.Endorsing;
using AccountGov.Approvals.Contracts;
using AccountGov.ServiceDefaults.Auth;
using AccountGov.ServiceDefaults.Errors;

namespace AccountGov.Approvals.UnitTests;

public class EndorsingTests
{
    private static IReadOnlyList<object> Endorse(Case c, CurrentUser user, bool endorsed = true, string? comment = null) =>
        EndorseRequest.Decide(c, new EndorsementBody(endorsed, comment), user, Given.Monday.AddHours(1), Given.Deadlines);

    [Fact]
    public void GivenAnOpenCase_WhenTheSponsorEndorses_ThenTheBdDecisionClockStarts()
    {
        var e = Assert.IsType<SponsorEndorsed>(Assert.Single(Endorse(Given.Open(), Given.Sam, comment: "Good idea")));
        Assert.Equal("sam", e.EndorsedBy);
        Assert.Equal(new StageDue(StageName.BusinessDevelopmentDecision, new DateOnly(2026, 11, 30)), e.Started);

        var c = Given.Fold(Given.Open(), [e])!;
        Assert.Equal(StageStatus.Completed, c.StageNamed(StageName.SponsorEndorsement)!.Status);
        Assert.Equal(StageName.BusinessDevelopmentDecision, c.CurrentStage);
    }

    [Fact]
    public void GivenADpiaNotYetAttached_WhenEndorsed_ThenTheDpiaReviewIsCurrentButItsClockWaits()
    {
        var c = Given.Endorsed(dpiaRequired: true);
        Assert.Equal(StageName.DpiaReview, c.CurrentStage);
        Assert.Null(c.DueBy);
    }

    [Fact]
    public void GivenSomeoneOtherThanTheNamedSponsor_WhenTheyEndorse_ThenAccessIsDenied()
    {
        var otherManager = new CurrentUser("mo", "Mo", new HashSet<string> { Roles.SeniorManager });
        Assert.Throws<AccessDenied>(() => Endorse(Given.Open(), otherManager));
    }

    [Fact]
    public void GivenTheNamedSponsorWithoutSeniorManager_WhenTheyEndorse_ThenAccessIsDenied()
    {
        var samAsStaff = Given.Sam with { Roles = new HashSet<string> { Roles.Staff } };
        Assert.Throws<AccessDenied>(() => Endorse(Given.Open(), samAsStaff));
    }

    [Fact]
    public void GivenTheRequester_WhenTheyEndorseTheirOwnRequest_ThenAccessIsDenied()
    {
        var ritaAsManager = Given.Rita with { Roles = new HashSet<string> { Roles.SeniorManager } };
        var c = Given.Open() with { Request = Given.Open().Request with { Sponsor = new Party("rita", "Rita Shah") } };
        Assert.Throws<AccessDenied>(() => Endorse(c, ritaAsManager));
    }

    [Fact]
    public void GivenAnEndorsedCase_WhenEndorsedAgain_ThenItIsAConflict()
    {
        var ex = Assert.Throws<RuleViolation>(() => Endorse(Given.Endorsed(), Given.Sam));
        Assert.Contains("already decided", ex.Message);
    }

    [Fact]
    public void GivenTheSponsorDeclines_WhenEndorsing_ThenTheCaseIsRejectedAtTheEndorsementStage()
    {
        var e = Assert.IsType<CaseRejected>(Assert.Single(Endorse(Given.Open(), Given.Sam, endorsed: false, comment: "No capacity")));
        Assert.Equal(StageName.SponsorEndorsement, e.Stage);

        var c = Given.Fold(Given.Open(), [e])!;
        Assert.Equal(CaseStatus.Rejected, c.Status);
        Assert.Equal(StageStatus.Rejected, c.StageNamed(StageName.SponsorEndorsement)!.Status);
    }

    [Fact]
    public void GivenADecline_WhenValidated_ThenAReasonIsRequired()
    {
        Assert.Contains("comment", EndorseRequest.Validate(new EndorsementBody(false, " ")).Keys);
        Assert.Contains("endorsed", EndorseRequest.Validate(new EndorsementBody(null, "x")).Keys);
        Assert.Empty(EndorseRequest.Validate(new EndorsementBody(true, null)));
    }

    [Fact]
    public void GivenAWithdrawnCase_WhenEndorsed_ThenItIsAConflict()
    {
        var c = Given.Open() with { Status = CaseStatus.Withdrawn };
        Assert.Contains("Withdrawn", Assert.Throws<RuleViolation>(() => Endorse(c, Given.Sam)).Message);
    }
}
