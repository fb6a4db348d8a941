using AccountGov.AccountRequests.Contracts.Http;
using AccountGov.Approvals.Contracts;
using AccountGov.Custody.Contracts;
using AccountGov.Testing;
using Refit;

namespace AccountGov.Journeys.IntegrationTests;

/// <summary>IG31 §8.1: once approved, the account and its credentials are the organisation's, held by named custodians.</summary>
public class FromApprovalToCustodyTests(SystemFixture system) : IClassFixture<SystemFixture>
{
    [Fact]
    public async Task GivenAnApprovedRequest_WhenCustodyRegistersIt_ThenItsCustodiansCanStoreAndRevealTheCredential()
    {
        var rita = await SystemFixture.As<IAccountRequestsApi, AccountRequests.Api.AccountRequestsApi>(system.Requests, Personas.Rita, "Staff");
        var sam = await SystemFixture.As<IApprovalsApi, Approvals.Api.ApprovalsApi>(system.Approvals, Personas.Sam, "SeniorManager");
        var beth = await SystemFixture.As<IApprovalsApi, Approvals.Api.ApprovalsApi>(system.Approvals, Personas.Beth, "BusinessDevelopment");
        var carl = await SystemFixture.As<ICustodyApi, Custody.Api.CustodyApi>(system.Custody, Personas.Carl, "Staff");
        var dina = await SystemFixture.As<ICustodyApi, Custody.Api.CustodyApi>(system.Custody, Personas.Dina, "Staff");
        var rita2 = await SystemFixture.As<ICustodyApi, Custody.Api.CustodyApi>(system.Custody, Personas.Rita, "Staff");

        var id = (await rita.Submit(BusinessCases.Instagram("@journey_custody"))).Content!.Id;
        await Eventually.Get(async () => { try { return await beth.GetCase(id); } catch (ApiException) { return null; } }, what: "the case");
        await sam.Endorse(id, new EndorsementBody(true, null));
        await beth.Decide(id, new DecisionBody("Approved", null, ["Disclaimer text: views are the team's own"]));

        var account = await Eventually.Get(async () => (await carl.ListAccounts(requestId: id)).SingleOrDefault(),
            what: "the account in Custody");
        Assert.Equal("@journey_custody", account.Handle);
        Assert.Equal(AccountStatus.Active, account.Status);
        Assert.Contains(account.Custodians, c => c.UserId == Personas.Carl && c.Role == CustodianRole.Primary && c.Status == CustodianStatus.Active);
        Assert.Contains(account.Custodians, c => c.UserId == Personas.Dina && c.Role == CustodianRole.Deputy);

        await carl.DepositCredential(account.Id, new CredentialBody("stpaeds", "correct-horse-battery", "physio.team@example.nhs.uk", "mail-secret", ["r1", "r2"], null));
        var before = await Assert.ThrowsAnyAsync<ApiException>(() => dina.RevealCredential(account.Id, new RevealBody("Posting cover")));
        Assert.Equal(System.Net.HttpStatusCode.Conflict, before.StatusCode); // the never-post rules first (CO23 §3.5)
        Assert.Contains(Personas.Dina, (await dina.AcknowledgeNeverPostRules(account.Id)).RulesAcknowledgedBy);
        var revealed = await dina.RevealCredential(account.Id, new RevealBody("Posting cover while Carl is in clinic"));
        Assert.Equal("correct-horse-battery", revealed.Password);

        var refused = await Assert.ThrowsAnyAsync<ApiException>(() => rita2.RevealCredential(account.Id, new RevealBody("curious")));
        Assert.Equal(System.Net.HttpStatusCode.Forbidden, refused.StatusCode);
    }
}
