using AccountGov.Approvals.Api.Cases;
using AccountGov.Approvals.Api.Cases.ReplacingSponsor;
using AccountGov.Approvals.Contracts;
using AccountGov.ServiceDefaults.Auth;
using AccountGov.ServiceDefaults.Errors;
using AccountGov.ServiceDefaults.Validation;

namespace AccountGov.Approvals.UnitTests;

public class ReplacingSponsorTests
{
    private static readonly ReplaceSponsor.NewSponsor Sara = new("sara", "Sara Khan", "sara@example.nhs.uk");

    private static IReadOnlyList<object> Replace(Case c, CurrentUser user, ReplaceSponsor.NewSponsor? sponsor = null) =>
        ReplaceSponsor.Decide(c, sponsor ?? Sara, user, Given.Monday.AddDays(2), Given.Deadlines);

    [Theory]
    [InlineData("rita")]
    [InlineData("beth")]
    public void GivenAPendingEndorsement_WhenTheRequesterOrBdReplacesTheSponsor_ThenTheNewSponsorOwesItOnAFreshClock(string who)
    {
        var user = who == "rita" ? Given.Rita : Given.Beth;
        var e = Assert.IsType<CaseSponsorReplaced>(Assert.Single(Replace(Given.Open(), user)));
        Assert.Equal(("sam", "sara", "sara@example.nhs.uk", who), (e.Previous.UserId, e.Sponsor.UserId, e.SponsorEmail, e.ReplacedBy));
        Assert.Equal(StageName.SponsorEndorsement, e.Started!.Stage);

        var c = Given.Fold(Given.Open(), [e])!;
        Assert.Equal("sara", c.SponsorId);
        Assert.Equal(StageName.SponsorEndorsement, c.CurrentStage);
        // Wednesday + 5 business days (the default endorsement clock) is later than Monday's.
        Assert.True(c.DueBy > Given.Open().DueBy);
        Assert.Equal("SponsorReplaced", c.History[^1].Event);
    }

    [Fact]
    public void GivenTheSponsorWasReplaced_WhenTheOldSponsorEndorses_ThenAccessIsDenied()
    {
        var c = Given.Fold(Given.Open(), Replace(Given.Open(), Given.Rita))!;
        Assert.Throws<AccessDenied>(() => Api.Cases.Endorsing.EndorseRequest.Decide(
            c, new EndorsementBody(true, null), Given.Sam, Given.Monday.AddDays(3), Given.Deadlines));
    }

    [Fact]
    public void GivenSomeoneElse_WhenTheyReplaceTheSponsor_ThenAccessIsDenied() =>
        Assert.Throws<AccessDenied>(() => Replace(Given.Open(), Given.Ivy));

    [Fact]
    public void GivenTheEndorsementIsDone_WhenTheSponsorIsReplaced_ThenItIsAConflict() =>
        Assert.Throws<RuleViolation>(() => Replace(Given.Endorsed(), Given.Beth));

    [Theory]
    [InlineData("rita")]
    [InlineData("CARL")]
    [InlineData("sam")]
    public void GivenTheRequesterACustodianOrTheSameSponsor_WhenNamed_ThenTheUserIdIsRefused(string userId) =>
        Assert.Equal("userId", Assert.Throws<InvalidInput>(() =>
            Replace(Given.Open(), Given.Beth, Sara with { UserId = userId })).Field);

    [Theory]
    [InlineData(null, "Sara", "sara@example.nhs.uk", "userId")]
    [InlineData("sa ra", "Sara", "sara@example.nhs.uk", "userId")]
    [InlineData("sara", "", "sara@example.nhs.uk", "name")]
    [InlineData("sara", "Sara", "not-an-email", "email")]
    public void GivenBadSponsorInput_WhenValidated_ThenTheFieldIsNamed(string? userId, string? name, string? email, string field)
    {
        var errors = new FieldErrors();
        Assert.Null(ReplaceSponsor.Validate(new SponsorBody(userId, name, email), errors));
        Assert.True(errors.Has(field));
    }
}
