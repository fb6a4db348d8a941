using AccountGov.AccountRequests.Api.Requests;
using AccountGov.AccountRequests.Api.Requests.Screening;
using AccountGov.AccountRequests.Contracts.Http;

namespace AccountGov.AccountRequests.UnitTests;

public class ScreeningPolicyTests
{
    private static readonly DpiaScreening AllNo = new(false, false, false, false, false, false, false, false, false, false);

    // One screening per question, each with only that answer "Yes", written out so the test does not reuse the policy's lambdas.
    public static TheoryData<string, DpiaScreening> OneYes => new()
    {
        { "personalData", AllNo with { PersonalData = true } },
        { "sensitiveData", AllNo with { SensitiveData = true } },
        { "uniqueIdentifiers", AllNo with { UniqueIdentifiers = true } },
        { "pseudonymisedData", AllNo with { PseudonymisedData = true } },
        { "newAccessToInformation", AllNo with { NewAccessToInformation = true } },
        { "newPurpose", AllNo with { NewPurpose = true } },
        { "privacyIntrusiveTechnology", AllNo with { PrivacyIntrusiveTechnology = true } },
        { "significantAutomatedDecisions", AllNo with { SignificantAutomatedDecisions = true } },
        { "additionalInformationCollected", AllNo with { AdditionalInformationCollected = true } },
        { "intrusiveContact", AllNo with { IntrusiveContact = true } },
    };

    [Fact]
    public void GivenEveryAnswerNo_WhenScreened_ThenNoFullDpiaIsRequired() =>
        Assert.False(ScreeningPolicy.Current.RequiresFullDpia(AllNo));

    [Theory]
    [MemberData(nameof(OneYes))]
    public void GivenExactlyOneYes_WhenScreened_ThenAFullDpiaIsRequiredBecauseOfThatQuestion(string field, DpiaScreening answers)
    {
        Assert.True(ScreeningPolicy.Current.RequiresFullDpia(answers));
        Assert.Equal(field, Assert.Single(ScreeningPolicy.Current.AnsweredYes(answers)).Field);
    }

    [Fact]
    public void GivenEveryAnswerYes_WhenScreened_ThenAFullDpiaIsRequired() =>
        Assert.True(ScreeningPolicy.Current.RequiresFullDpia(new DpiaScreening(true, true, true, true, true, true, true, true, true, true)));

    [Fact]
    public void GivenThePolicy_ThenItHasTheTenAppendix2QuestionsInOrderAndCitesItsSource()
    {
        var policy = ScreeningPolicy.Current;
        Assert.Equal(Enumerable.Range(1, 10), policy.Questions.Select(q => q.Number));
        Assert.Contains("Appendix 2", policy.Reference);
        Assert.Equal(1, policy.YesAnswersRequiringFullDpia);
    }

    [Fact]
    public void GivenThePolicy_ThenItsFieldsAreExactlyTheWireFieldsOfTheScreeningBody()
    {
        var wire = typeof(DpiaScreeningBody).GetProperties().Select(p => char.ToLowerInvariant(p.Name[0]) + p.Name[1..]);
        Assert.Equal(wire.Order(), ScreeningPolicy.Current.Questions.Select(q => q.Field).Order());
    }

    [Fact]
    public void GivenAStricterPolicyVersion_WhenScreened_ThenTheRuleComesFromTheDataNotTheCode()
    {
        var stricter = ScreeningPolicy.Current with { YesAnswersRequiringFullDpia = 2 };
        Assert.False(stricter.RequiresFullDpia(AllNo with { PersonalData = true }));
        Assert.True(stricter.RequiresFullDpia(AllNo with { PersonalData = true, IntrusiveContact = true }));
    }
}
