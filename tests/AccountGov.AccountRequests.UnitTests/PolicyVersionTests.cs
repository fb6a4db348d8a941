using AccountGov.AccountRequests.Api.Requests;
using AccountGov.AccountRequests.Api.Requests.Policies;
using AccountGov.AccountRequests.Api.Requests.Revising;
using AccountGov.AccountRequests.Api.Requests.Screening;
using AccountGov.AccountRequests.Api.Requests.Submitting;
using AccountGov.AccountRequests.Contracts.Http;
using static AccountGov.AccountRequests.UnitTests.Given;

namespace AccountGov.AccountRequests.UnitTests;

/// <summary>A request records the version and review date of each policy text it was checked against (CO23 §7.2).</summary>
public class PolicyVersionTests
{
    private static readonly Person RitaPerson = new(Rita, "Rita Shah", "rita@example.nhs.uk");

    [Fact]
    public void GivenAnInstagramCase_WhenSubmitted_ThenTheScreeningRuleAndAttestationsVersionsAreRecorded()
    {
        var e = SubmitRequest.Decide(Guid.NewGuid(), RitaPerson, Case(), ScreeningPolicy.Current, Now);

        Assert.Equal([PolicyTexts.Screening, PolicyTexts.Attestations], e.Policies!);
        Assert.Equal(e.Policies, AccountRequest.Create(e).Policies);
    }

    [Fact]
    public void GivenAWhatsAppGroup_WhenRevised_ThenTheImChecklistVersionIsRecordedToo()
    {
        var revised = Case(Body("WhatsApp") with { MessagingChecklist = Checklist });

        var e = Assert.IsType<RequestRevised>(Assert.Single(
            ReviseRequest.Decide(InStatus(RequestStatus.ChangesRequested), Rita, revised, ScreeningPolicy.Current, Now)));

        Assert.Contains(PolicyTexts.MessagingChecklist, e.Policies!);
    }

    [Fact]
    public void GivenAPolicyPastItsReviewDate_WhenViewed_ThenItSaysSoAndNotTheDayBefore()
    {
        Assert.True(PolicyTexts.View(PolicyTexts.Screening, PolicyTexts.Screening.ReviewBy.AddDays(1)).PastReview);
        Assert.False(PolicyTexts.View(PolicyTexts.Screening, PolicyTexts.Screening.ReviewBy).PastReview);
    }

    [Fact]
    public void GivenARequestRecordedBeforePolicyVersions_WhenFolded_ThenItHasNone() =>
        Assert.Empty(AccountRequest.Create(SubmitRequest.Decide(Guid.NewGuid(), RitaPerson, Case(), ScreeningPolicy.Current, Now) with { Policies = null }).Policies);
}
