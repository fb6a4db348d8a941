using AccountGov.AccountRequests.Contracts.Http;
using AccountGov.Approvals.Contracts;
using AccountGov.Testing;
using Refit;

namespace AccountGov.Journeys.IntegrationTests;

/// <summary>Submission to approval through the real broker: IG31 §5 endorsement, BLMK App. 2 DPIA, §8 BD decision.</summary>
public class ApprovingAnAccountTests(SystemFixture system) : IClassFixture<SystemFixture>
{
    [Fact]
    public async Task GivenASubmission_WhenEndorsedAndApproved_ThenAccountRequestsShowsApproved()
    {
        var rita = await SystemFixture.As<IAccountRequestsApi, AccountRequests.Api.AccountRequestsApi>(system.Requests, Personas.Rita, "Staff");
        var sam = await SystemFixture.As<IApprovalsApi, Approvals.Api.ApprovalsApi>(system.Approvals, Personas.Sam, "SeniorManager");
        var beth = await SystemFixture.As<IApprovalsApi, Approvals.Api.ApprovalsApi>(system.Approvals, Personas.Beth, "BusinessDevelopment");

        var submitted = await rita.Submit(BusinessCases.Instagram("@journey_approved"));
        Assert.True(submitted.IsSuccessStatusCode);
        var id = submitted.Content!.Id;

        await Eventually.Get(() => TryGet(() => beth.GetCase(id)), what: "the case in Approvals");
        await sam.Endorse(id, new EndorsementBody(true, "Fits the service's engagement plan."));
        var approved = await beth.Decide(id, new DecisionBody("Approved", null, ["Review in 12 months"]));
        Assert.Equal(CaseStatus.Approved, approved.Status);

        var request = await Eventually.Get(async () => (await rita.Get(id)).Content,
            until: r => r?.Status == RequestStatus.Approved, what: "AccountRequests to show Approved");
        Assert.Contains(request.History, h => h.Event.Contains("Approved", StringComparison.OrdinalIgnoreCase) && h.By == Personas.Beth);
    }

    [Fact]
    public async Task GivenADpiaRequired_WhenChangesAreRequestedAndTheRequestRevised_ThenTheCaseRestartsAndCanBeApproved()
    {
        var rita = await SystemFixture.As<IAccountRequestsApi, AccountRequests.Api.AccountRequestsApi>(system.Requests, Personas.Rita, "Staff");
        var sam = await SystemFixture.As<IApprovalsApi, Approvals.Api.ApprovalsApi>(system.Approvals, Personas.Sam, "SeniorManager");
        var ivy = await SystemFixture.As<IApprovalsApi, Approvals.Api.ApprovalsApi>(system.Approvals, Personas.Ivy, "InformationGovernance");
        var beth = await SystemFixture.As<IApprovalsApi, Approvals.Api.ApprovalsApi>(system.Approvals, Personas.Beth, "BusinessDevelopment");

        var id = (await rita.Submit(BusinessCases.Instagram("@journey_dpia", personalData: true))).Content!.Id;
        await Eventually.Get(() => TryGet(() => beth.GetCase(id)), what: "the case");
        await sam.Endorse(id, new EndorsementBody(true, null));
        Assert.True((await rita.AttachDpia(id, BusinessCases.FullDpia())).IsSuccessStatusCode);
        await Eventually.Get(() => TryGet(() => ivy.GetCase(id)), until: c => c!.DpiaAttached, what: "the DPIA to reach Approvals");
        await ivy.ReviewDpia(id, new DpiaReviewBody("Accepted", "Proportionate."));
        await beth.Decide(id, new DecisionBody("ChangesRequested", "Name a second deputy for school holidays."));

        var changes = await Eventually.Get(async () => (await rita.Get(id)).Content,
            until: r => r?.Status == RequestStatus.ChangesRequested, what: "ChangesRequested in AccountRequests");
        var revised = await rita.Revise(id, $"\"{changes.Version}\"", BusinessCases.Instagram("@journey_dpia2", personalData: true));
        Assert.True(revised.IsSuccessStatusCode);

        var reopened = await Eventually.Get(() => TryGet(() => beth.GetCase(id)), until: c => c!.Revision == 2, what: "the reopened case");
        Assert.Equal(CaseStatus.Open, reopened.Status);
        Assert.Equal(StageName.SponsorEndorsement, reopened.CurrentStage);
    }

    private static async Task<T?> TryGet<T>(Func<Task<T>> call) where T : class
    {
        try { return await call(); }
        catch (ApiException e) when (e.StatusCode == System.Net.HttpStatusCode.NotFound) { return null; }
    }
}
