using System.Net;
using System.Net.Http.Json;
using AccountGov.Approvals.Contracts;
using AccountGov.Testing;
using Refit;

namespace AccountGov.Approvals.IntegrationTests;

/// <summary>
/// BD's review terms on an approval (docs/approvals.md): bad ones are a 400 naming each field and decide nothing; good
/// ones, and the IM group's membership review cadence from the submission, travel to Custody on AccountRequestApproved.
/// </summary>
public class ReviewTermsTests(ApprovalsFixture fixture) : IClassFixture<ApprovalsFixture>
{
    private readonly Requests requests = new(fixture.Approvals);

    [Fact]
    public async Task GivenAnImGroup_WhenApprovedWithReviewTerms_ThenTheyTravelWithTheApprovalAndBadOnesAreRefusedFirst()
    {
        var id = Guid.CreateVersion7();
        await requests.Publish(Requests.Submission(id) with { Platform = "WhatsApp", MembershipReviewCadence = "Fortnightly" });
        await requests.CaseIn(id, c => c is not null);
        await RestService.For<IApprovalsApi>(await fixture.Approvals.ClientFor(Personas.Sam, "SeniorManager")).Endorse(id, new EndorsementBody(true, null));
        var beth = await fixture.Approvals.ClientFor(Personas.Beth, "BusinessDevelopment");
        var dueOn = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(30);

        var bad = await beth.PostAsJsonAsync($"/cases/{id}/decision", new DecisionBody("Approved", null, null, 48,
            [new DatedConditionBody("Pin the rules", null)]));
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal(["datedConditions[0].dueOn", "reviewIntervalMonths"], (await bad.Problem()).Fields.Order());

        var good = await beth.PostAsJsonAsync($"/cases/{id}/decision", new DecisionBody("Approved", null, ["Display the disclaimer"], 6,
            [new DatedConditionBody("Pin the rules", dueOn)]));
        Assert.Equal(HttpStatusCode.OK, good.StatusCode);

        var message = await Eventually.Get(() => Task.FromResult(
            fixture.PublishedFor<AccountRequestApproved>(id, m => m.RequestId).FirstOrDefault()), what: "AccountRequestApproved");
        Assert.Equal((6, "Fortnightly"), (message.ReviewIntervalMonths, message.MembershipReviewCadence));
        Assert.Equal([new ApprovedCondition("Pin the rules", dueOn)], message.DatedConditions!);
        Assert.Equal(["Display the disclaimer", "Pin the rules"], message.Conditions);
    }
}
