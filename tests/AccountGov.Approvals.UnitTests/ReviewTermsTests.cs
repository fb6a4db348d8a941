using AccountGov.Approvals.Api.Cases;
using AccountGov.Approvals.Api.Cases.Deciding;
using AccountGov.Approvals.Contracts;

namespace AccountGov.Approvals.UnitTests;

public class ReviewTermsTests
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(Given.Monday.UtcDateTime);

    private static Dictionary<string, string[]> Validate(DecisionBody body, out ReviewTerms terms) =>
        DecideRequest.Validate(body, Today, out _, out _, out terms);

    [Fact]
    public void GivenAnApprovalWithoutTerms_WhenDecided_ThenTheAccountIsReviewedEveryTwelveMonthsAndTheCadenceTravels()
    {
        Assert.Empty(Validate(new DecisionBody("Approved", null, ["Review monthly"]), out var terms));
        var c = Given.Endorsed() with { Request = Given.Endorsed().Request with { MembershipReviewCadence = "Monthly" } };

        var e = Assert.IsType<CaseApproved>(Assert.Single(
            DecideRequest.Decide(c, DecisionOutcome.Approved, null, ["Review monthly"], Given.Beth, Given.Monday.AddHours(3), terms)));

        Assert.Equal((12, "Monthly"), (e.ReviewIntervalMonths, e.MembershipReviewCadence));
        Assert.Empty(e.DatedConditions!);
    }

    [Fact]
    public void GivenDatedConditions_WhenApproved_ThenEachKeepsItsDateAndItsTextJoinsTheConditions()
    {
        var body = new DecisionBody("Approved", null, ["Review monthly"], 6, [new DatedConditionBody(" Disclaimer in bio ", Today.AddDays(30))]);
        Assert.Empty(Validate(body, out var terms));

        var e = Assert.IsType<CaseApproved>(Assert.Single(
            DecideRequest.Decide(Given.Endorsed(), DecisionOutcome.Approved, null, ["Review monthly"], Given.Beth, Given.Monday.AddHours(3), terms)));

        Assert.Equal(6, e.ReviewIntervalMonths);
        Assert.Equal([new DatedCondition("Disclaimer in bio", Today.AddDays(30))], e.DatedConditions!);
        Assert.Equal(["Review monthly", "Disclaimer in bio"], e.Conditions);
    }

    [Theory]
    [InlineData(0, "reviewIntervalMonths")]
    [InlineData(37, "reviewIntervalMonths")]
    public void GivenAnIntervalOutOfRange_WhenValidated_ThenTheFieldIsNamed(int months, string field) =>
        Assert.Contains(field, Validate(new DecisionBody("Approved", null, null, months), out _).Keys);

    [Fact]
    public void GivenADatedConditionWithoutADateOrInThePast_WhenValidated_ThenItsFieldIsNamed()
    {
        var body = new DecisionBody("Approved", null, null, null,
            [new DatedConditionBody("Disclaimer", null), new DatedConditionBody("Bio", Today), new DatedConditionBody(" ", Today.AddDays(3))]);

        var errors = Validate(body, out _);

        Assert.Equal(["datedConditions[0].dueOn", "datedConditions[1].dueOn", "datedConditions[2].text"], errors.Keys.Order());
    }

    [Fact]
    public void GivenReviewTermsOnARejection_WhenValidated_ThenRefused() =>
        Assert.Contains("reviewIntervalMonths", Validate(new DecisionBody("Rejected", "No", null, 6), out _).Keys);
}
