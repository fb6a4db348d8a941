using AccountGov.AccountRequests.Contracts.Http;
using AccountGov.Approvals.Contracts;
using AccountGov.Custody.Contracts;
using AccountGov.Testing;
using Refit;

namespace AccountGov.Journeys.IntegrationTests;

/// <summary>
/// CO23 §3.4: an IM group's membership is reviewed at the cadence its business case gave. The cadence travels from
/// the request through the approval to Custody, which schedules the review beside BD's periodic account review.
/// </summary>
public class ReviewScheduleJourneyTests(SystemFixture system) : IClassFixture<SystemFixture>
{
    [Fact]
    public async Task GivenAWhatsAppGroupWithAMonthlyMembershipReview_WhenApproved_ThenCustodySchedulesItAndBdsAccountReview()
    {
        var rita = await SystemFixture.As<IAccountRequestsApi, AccountRequests.Api.AccountRequestsApi>(system.Requests, Personas.Rita, "Staff");
        var sam = await SystemFixture.As<IApprovalsApi, Approvals.Api.ApprovalsApi>(system.Approvals, Personas.Sam, "SeniorManager");
        var beth = await SystemFixture.As<IApprovalsApi, Approvals.Api.ApprovalsApi>(system.Approvals, Personas.Beth, "BusinessDevelopment");
        var carl = await SystemFixture.As<ICustodyApi, Custody.Api.CustodyApi>(system.Custody, Personas.Carl, "Staff");
        var reviews = await SystemFixture.As<ICustodyReviewsApi, Custody.Api.CustodyApi>(system.Custody, Personas.Carl, "Staff");

        var group = BusinessCases.Instagram("@journey_parents_group") with
        {
            Platform = "WhatsApp",
            MessagingChecklist = new MessagingChecklistBody(true, true, true, true, "Messages auto-delete after 30 days.", "Monthly"),
        };
        var id = (await rita.Submit(group)).Content!.Id;
        await Eventually.Get(async () => { try { return await beth.GetCase(id); } catch (ApiException) { return null; } }, what: "the case");
        await sam.Endorse(id, new EndorsementBody(true, null));
        await beth.Decide(id, new DecisionBody("Approved", null, ["Display the disclaimer in the group description"], ReviewIntervalMonths: 6));

        var account = await Eventually.Get(async () => (await carl.ListAccounts(requestId: id)).SingleOrDefault(), what: "the account in Custody");
        var scheduled = await reviews.ListAccountReviews(account.Id);
        var registeredOn = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(account.RegisteredAt, TimeZoneInfo.FindSystemTimeZoneById("Europe/London")).DateTime);

        Assert.Equal(
            [(ReviewKind.Account, registeredOn.AddMonths(6)), (ReviewKind.Membership, registeredOn.AddMonths(1))],
            scheduled.Select(r => (r.Kind, r.DueOn)).OrderBy(r => r.Kind));
        Assert.All(scheduled, r => Assert.Equal(ReviewStatus.Due, r.Status));
    }
}
