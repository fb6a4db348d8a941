using AccountGov.AccountRequests.Api.Requests;
using AccountGov.AccountRequests.Api.Requests.AttachingDpia;
using AccountGov.AccountRequests.Api.Requests.Validating;
using AccountGov.AccountRequests.Contracts.Http;
using AccountGov.ServiceDefaults.Validation;

namespace AccountGov.AccountRequests.UnitTests;

public class DpiaRulesTests
{
    private static readonly DpiaRiskBody Risk = new("Clinical detail in comments.", "Possible", "Significant", "Daily moderation.");
    private static readonly DpiaBody Valid = new("Posts and replies.", "Needed to reach families.", [Risk], "Low");

    private static (FullDpia? Dpia, Dictionary<string, string[]> Errors) Check(DpiaBody body)
    {
        var errors = new FieldErrors();
        return (DpiaRules.Validate(body, errors), errors.ToDictionary());
    }

    [Fact]
    public void GivenACompleteDpia_WhenValidated_ThenEveryRiskIsScored()
    {
        var (dpia, errors) = Check(Valid);
        Assert.Empty(errors);
        Assert.Equal(new DpiaRisk("Clinical detail in comments.", Likelihood.Possible, Severity.Significant, "Daily moderation."), Assert.Single(dpia!.Risks));
        Assert.Equal(ResidualRisk.Low, dpia.ResidualRisk);
    }

    [Theory]
    [InlineData("descriptionOfProcessing")] [InlineData("necessityAndProportionality")] [InlineData("residualRisk")] [InlineData("risks")]
    [InlineData("risks[0].likelihood")] [InlineData("risks[0].severity")] [InlineData("risks[0].mitigation")] [InlineData("risks[0].description")]
    public void GivenAMissingOrInvalidPart_WhenValidated_ThenItIsNamed(string field)
    {
        var body = field switch
        {
            "descriptionOfProcessing" => Valid with { DescriptionOfProcessing = "" },
            "necessityAndProportionality" => Valid with { NecessityAndProportionality = new string('a', DpiaRules.LongText + 1) },
            "residualRisk" => Valid with { ResidualRisk = "Negligible" },
            "risks" => Valid with { Risks = [] },
            "risks[0].likelihood" => Valid with { Risks = [Risk with { Likelihood = "Certain" }] },
            "risks[0].severity" => Valid with { Risks = [Risk with { Severity = null }] },
            "risks[0].mitigation" => Valid with { Risks = [Risk with { Mitigation = " " }] },
            _ => Valid with { Risks = [Risk with { Description = null }] },
        };
        var (dpia, errors) = Check(body);
        Assert.Null(dpia);
        Assert.Equal([field], errors.Keys);
    }
}
